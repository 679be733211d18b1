/// The one stylesheet of the explorer's pages, served at `/style.css` so that the pages
/// need no inline style and the Content-Security-Policy can forbid it.
enum Stylesheet {
    static let css = """
        body { font-family: Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 80em; padding: 0 1em 3em; color: #111; line-height: 1.45; }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: 1em; border-bottom: 2px solid #333; padding: 0.6em 0; margin-bottom: 1em; }
        header a.home { font-weight: bold; font-size: 1.2em; color: #111; text-decoration: none; }
        header form.search { flex: 1; display: flex; gap: 0.3em; }
        header form.search input { flex: 1; padding: 0.3em; font-size: 1em; }
        nav a { margin-right: 0.8em; }
        h1 { margin: 0.2em 0; font-size: 1.6em; }
        figure { margin: 0.5em 0; overflow: auto; border: 1px solid #ddd; padding: 0.5em; background: #fff; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85em; color: #555; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: 0.15em 0.6em; border-bottom: 1px solid #eee; vertical-align: top; }
        td.number { text-align: right; }
        form.filters { display: flex; flex-wrap: wrap; gap: 0.8em; align-items: end; margin: 0.5em 0; padding: 0.5em; background: #F4F4F4; }
        form.filters label { display: flex; flex-direction: column; font-size: 0.85em; }
        .kind { font-size: 0.75em; padding: 0.05em 0.4em; border-radius: 0.6em; color: #000; }
        .kind.person, .mention.person { background: #E69F0055; }
        .kind.place, .mention.place { background: #56B4E955; }
        .kind.agency, .mention.agency { background: #009E7355; }
        .kind.event, .mention.event { background: #CC79A755; }
        .mention { color: inherit; text-decoration: none; border-radius: 0.2em; }
        .mention:hover { outline: 1px solid #333; }
        .weight, .note, .aliases { color: #666; font-size: 0.9em; }
        .error { border-left: 4px solid #D55E00; padding: 0.3em 0.8em; background: #FFF3EC; }
        ul.evidence { list-style: none; padding-left: 1em; font-size: 0.9em; }
        ul.evidence li { margin: 0.2em 0; }
        q { font-style: italic; }
        div.text { white-space: pre-wrap; font-family: Georgia, serif; background: #FAFAFA; padding: 0.8em; border: 1px solid #eee; }
        .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; }
        @media (max-width: 60em) { .columns { grid-template-columns: 1fr; } }

        """
}
