import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `linkchart serve` as a user runs it: the built binary, a real socket on the loopback.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `linkchart serve` and the port it listens on.
    struct Server {
        var process: Process
        var port: Int

        /// Starts `linkchart serve --port 0 --json arguments…` and waits for the line that
        /// says where it listens.
        static func start(_ arguments: [String]) throws -> Server {
            let process = Process()
            process.executableURL = try CommandRunner.binary()
            process.arguments = ["serve", "--port", "0", "--json"] + arguments
            process.currentDirectoryURL = CommandRunner.repositoryRoot
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var text = ""
            let deadline = Date().addingTimeInterval(60)
            while !text.contains("\n}"), Date() < deadline {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], let port = json["port"] as? Int else {
                process.terminate()
                throw ServeError("serve printed no port: \(text)")
            }
            return Server(process: process, port: port)
        }

        func get(_ path: String) async throws -> (status: Int, body: String) {
            let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
            let (data, response) = try await URLSession.shared.data(from: url)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        /// Stops the server as Ctrl-C or a service manager would, and returns its exit status.
        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    struct ServeError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static var seeds: String { CommandRunner.repositoryRoot.appendingPathComponent("seeds").path }

    @Test func apiAnswersAreByteForByteTheJSONOfTheCommands() async throws {
        let server = try Server.start(["--corpus", Self.seeds])
        defer { _ = server.stop() }
        let pairs: [(path: String, command: [String])] = [
            ("/api/neighbors?name=Onsong+County&depth=2", ["neighbors", "Onsong County", "--depth", "2"]),
            ("/api/neighbors?name=Songchon+County&type=event&limit=3", ["neighbors", "Songchon County", "--type", "event", "--limit", "3"]),
            ("/api/path?from=Onsong+County&to=Songchon+County", ["path", "Onsong County", "Songchon County"]),
            ("/api/path?from=Onsong+County&to=Songchon+County&all=true&max_length=3&limit=4",
             ["path", "Onsong County", "Songchon County", "--all", "--max-length", "3", "--limit", "4"]),
            ("/api/search?q=onsng+cunty", ["search", "onsng cunty"]),
            ("/api/timeline?entity=Songchon+County", ["timeline", "Songchon County"]),
            ("/api/timeline", ["timeline"]),
            ("/api/explain?from=Onsong+County&to=North+Hamgyong+Province", ["explain", "Onsong County", "North Hamgyong Province"]),
            ("/api/common?first=Onsong+County&second=Songchon+County", ["common", "Onsong County", "Songchon County"]),
            ("/api/reports?name=Ministry+of+State+Security&name=Songchon+County&limit=1",
             ["reports", "Ministry of State Security", "Songchon County", "--limit", "1"]),
            ("/api/top?by=pagerank&type=place&limit=5", ["top", "--by", "pagerank", "--type", "place", "--limit", "5"]),
            ("/api/top?by=betweenness", ["top", "--by", "betweenness"]),
        ]
        for pair in pairs {
            let (status, body) = try await server.get(pair.path)
            let cli = try CommandRunner.run(pair.command + ["--json", "--corpus", Self.seeds])
            #expect(status == 200, "\(pair.path)")
            #expect(cli.status == 0)
            #expect(body == cli.stdout, "\(pair.path) differs from \(pair.command.joined(separator: " ")) --json")
        }
        // One entity from the API is the same object as its entry in `entities --json`.
        let (_, entity) = try await server.get("/api/entities/place%3Aonsong-county")
        let listed = try #require(try JSONSerialization.jsonObject(with: try CommandRunner.run(["entities", Self.seeds, "--json"]).stdoutData) as? [[String: Any]])
        let onsong = try #require(listed.first { $0["id"] as? String == "place:onsong-county" })
        let served = try #require(try JSONSerialization.jsonObject(with: Data(entity.utf8)) as? [String: Any])
        #expect(NSDictionary(dictionary: served).isEqual(to: onsong))
    }

    @Test func theServerServesPagesFromTheStoreAndStopsCleanlyOnSIGTERM() async throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("graph.sqlite").path
        #expect(try CommandRunner.run(["ingest", Self.seeds, "--db", db]).status == 0)
        let server = try Server.start(["--db", db])
        let (status, page) = try await server.get("/report/000_d642fd3dd39ad37c")
        #expect(status == 200)
        // The text comes from the report file the store recorded, with its names marked.
        #expect(page.contains("class=\"mention place\" href=\"/entity/place%3Aonsong-county\""))
        let (missing, _) = try await server.get("/entity/Nobody%20At%20All")
        #expect(missing == 404)
        #expect(try await server.get("/").status == 200)
        #expect(server.stop() == 0)
    }

    @Test func aBadPortIsAUsageErrorAndABusyPortSaysWhatToDo() async throws {
        let bad = try CommandRunner.run(["serve", "--port", "70000", "--corpus", Self.seeds])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--port"))
        let server = try Server.start(["--corpus", Self.seeds])
        defer { _ = server.stop() }
        let busy = try CommandRunner.run(["serve", "--port", String(server.port), "--corpus", Self.seeds])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("cannot serve on 127.0.0.1:\(server.port)"))
        #expect(busy.stderr.contains("--port"))
    }
}
