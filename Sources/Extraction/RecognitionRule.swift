/// How a mention was recognised: shown by `linkchart extract` so a wrong entity can be
/// traced to the rule or the gazetteer entry that produced it.
public enum RecognitionRule: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A name or alias in the gazetteer.
    case gazetteer
    /// A known place followed by a generic suffix (`Hyesan City`).
    case genericSuffix = "generic-suffix"
    /// Capitalised words typed by the head word after them (`Songchong County`).
    case headWord = "head-word"
    /// Capitalised words typed by the word before them (`Ministry of …`, `Mount …`).
    case prefix
    /// A place name before a known body (`Dandong Public Security Bureau`).
    case localOffice = "local-office"
    /// A place named inside a longer name (`Hyesan` in `Hyesan City Party Committee`).
    case innerPlace = "inner-place"
    /// A body named inside a known body's name (`the WPK Central Committee` in
    /// `International Department of the WPK Central Committee`).
    case innerBody = "inner-body"
    /// Capitalised words whose initials a following `(ACR)` spells.
    case initials
    /// A word like `NGO` or `firm` right before a name (`the NGO Bridges of Hope Korea`).
    case bodyCue = "body-cue"
    /// A byline, title, role or speech verb next to a name (`Translated by`, `said`).
    case personCue = "person-cue"
    /// A Korean surname followed by a romanised given name.
    case koreanName = "korean-name"
    /// A known given name, a Chinese family name with a Pinyin given name, or a hyphenated
    /// Korean given name before its surname (`Jim Mattis`, `Chen Jiahao`, `Ji-yeon Ha`).
    case personalName = "personal-name"
    /// An unknown name placed by its context (`at Songsin, Sadong District`).
    case locative
    /// The acronym in `Full Name (ACR)`.
    case acronymDefinition = "acronym-definition"
    /// An acronym the report defined earlier (or later).
    case acronymBinding = "acronym-binding"
    /// An acronym the report never defines, taken in its gazetteer meaning.
    case acronymFallback = "acronym-fallback"
    /// A place the gazetteer knows under another romanisation (`Hoiryong` for `Hoeryong`).
    case spellingVariant = "spelling-variant"
    /// A lone surname or stem referring to a name met earlier in the report.
    case backReference = "back-reference"
    /// A trigger word of an event.
    case trigger

    public var description: String { rawValue }
}
