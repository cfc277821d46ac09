using Parse.Styles.Templates;

namespace Parse.Styles;

/// <summary>Every style, with the producer that makes its file and the real template family it reproduces. About a third
/// are marked <c>Check</c>: scored, never studied while fixing the parser.</summary>
internal static class Catalog
{
    private static Func<Parse.Holdout.Layouts.Content, Random, Source> Html(Func<Parse.Holdout.Layouts.Content, Random, string> render) =>
        (c, r) => new Source(render(c, r));

    public static readonly Template[] All =
    [
        new("sidebar-gauges", "chromium", false, "Canva-style designed PDF: dark sidebar, icons, skill bars, dot gauges", Html(HtmlDesigned.SidebarGauges)),
        new("icon-cards", "chromium", true, "resume builders (Novoresume/Kickresume-like): icon headings and bullets, chips", Html(HtmlDesigned.IconCards)),
        new("letter-spaced", "chromium", false, "minimal designer templates: letter-spaced name, headings and dates", Html(HtmlDesigned.LetterSpaced)),
        new("timeline", "chromium", false, "JSON Resume timeline themes: a left column of dates", Html(HtmlDesigned.Timeline)),
        new("right-sidebar", "chromium", true, "two-column builders with the sidebar on the right", Html(HtmlDesigned.RightSidebar)),
        new("right-date-column", "chromium", false, "CSS-grid themes: dates and place in a right column beside the bullets", Html(HtmlDesigned.RightDateColumn)),
        new("linkedin", "chromium", false, "LinkedIn \"Save to PDF\" profile", Html(HtmlConventions.LinkedIn)),
        new("europass-2004", "chromium", true, "the 2004 Europass CV label column", Html(HtmlConventions.Europass2004)),
        new("small-caps", "chromium", false, "small caps headings, neither bold nor capitals", Html(HtmlConventions.SmallCaps)),
        new("bullet-headers", "chromium", false, "entry lines behind bullets, dash highlights", Html(HtmlConventions.BulletHeaders)),
        new("title-at-company", "chromium", true, "\"Title at Company\" lines", Html(HtmlConventions.TitleAtCompany)),
        new("numbered-closing", "chromium", false, "numbered headings, contact only in a closing paragraph", Html(HtmlConventions.NumberedClosingContact)),
        new("academic", "chromium", false, "academic CV: \"PhD, Field; University (Town)\"", Html(HtmlConventions.Academic)),
        new("header-table", "chromium", true, "header table with stacked contact icons, ruled headings", Html(HtmlConventions.HeaderTable)),
        new("grid-table", "chromium", false, "everything in a grid table with spanning heading rows", Html(HtmlConventions.GridTable)),
        new("wk-small-caps", "wkhtmltopdf", false, "HTML printed by wkhtmltopdf (old WebKit, no flexbox)", Html(HtmlConventions.SmallCaps)),
        new("wk-header-table", "wkhtmltopdf", true, "HTML printed by wkhtmltopdf", Html(HtmlConventions.HeaderTable)),
        new("wk-pandoc", "pandoc-wkhtml", false, "Markdown → pandoc HTML → wkhtmltopdf", TextTemplates.Pandoc),
        new("moderncv-casual", "pdflatex", false, "moderncv casual style", (c, _) => LatexTemplates.ModernCv(c, "casual")),
        new("moderncv-oldstyle", "pdflatex", true, "moderncv oldstyle", (c, _) => LatexTemplates.ModernCv(c, "oldstyle")),
        new("moderncv-fancy", "pdflatex", false, "moderncv fancy", (c, _) => LatexTemplates.ModernCv(c, "fancy")),
        new("jake", "pdflatex", false, "sb2nov / Jake's resume article template", LatexTemplates.Jake),
        new("awesome", "xelatex", true, "Awesome-CV-like header, icons and entries", LatexTemplates.Awesome),
        new("alta", "lualatex", false, "AltaCV-like paracol page with icons, skill dots and tags", LatexTemplates.Alta),
        new("europasscv", "pdflatex", false, "the europasscv class (Europass 2013)", LatexTemplates.Europass),
        new("currvita", "pdflatex", true, "the currvita package: dates as list labels", LatexTemplates.CurrVita),
        new("pandoc-latex", "pandoc-latex", false, "Markdown → pandoc → pdfLaTeX with numbered sections", TextTemplates.Pandoc),
        new("pandoc-docx", "pandoc-docx", true, "Markdown → pandoc DOCX", TextTemplates.Pandoc),
        new("word-sidebar", "docx", false, "Word two-column table template", DocxTemplates.SidebarTable),
        new("word-sidebar-lo", "libreoffice", true, "the same, printed by LibreOffice", DocxTemplates.SidebarTable),
        new("word-spanned", "docx", false, "Word table template with spanned heading cells", DocxTemplates.SpannedHeadings),
        new("word-spanned-lo", "libreoffice", false, "the same, printed by LibreOffice", DocxTemplates.SpannedHeadings),
        new("google-docs", "docx", true, "Google Docs resume export", DocxTemplates.GoogleDocs),
        new("google-docs-lo", "libreoffice", false, "the same, printed by LibreOffice", DocxTemplates.GoogleDocs),
        new("europass-word", "docx", false, "Europass 2004 Word table", DocxTemplates.Europass),
        new("europass-word-lo", "libreoffice", true, "the same, printed by LibreOffice", DocxTemplates.Europass),
        new("manual-format", "docx", false, "hand-formatted document: small caps, dotted tab leaders", DocxTemplates.Manual),
        new("manual-format-lo", "libreoffice", false, "the same, printed by LibreOffice", DocxTemplates.Manual),
        new("numbered-list-headings", "docx", true, "headings as items of a numbered list", DocxTemplates.NumberedHeadings),
        new("numbered-list-headings-lo", "libreoffice", false, "the same, printed by LibreOffice", DocxTemplates.NumberedHeadings),
        new("txt-numbered", "text", false, "plain text: \"1. CAREER HISTORY\"", TextTemplates.Numbered),
        new("txt-left-dates", "text", true, "plain text with a date column", TextTemplates.LeftDates),
        new("txt-colon-headings", "text", false, "plain text: \"Experience:\" headings, soft hyphens in ranges, contact at the end", TextTemplates.ColonHeadings),
        new("md-github", "markdown", true, "GitHub-profile Markdown: emoji headings, skills table", TextTemplates.GitHubMarkdown),
        new("typst-classic", "typst", false, "RenderCV classic theme (Typst): right column of place and dates, degree column", (c, r) => TypstTemplates.Classic(c, r)),
        new("typst-moderncv", "typst", true, "RenderCV moderncv theme (Typst): left date column, headings behind a bar", (c, r) => TypstTemplates.ModernCv(c, r)),
        new("typst-brilliant", "typst", true, "brilliant-cv (Typst): split-colour headings before a rule, skill label column", (c, r) => TypstTemplates.Brilliant(c, r)),
        new("deedy", "xelatex", false, "Deedy resume (XeLaTeX): two minipage columns, \"Company | Title\", spaced light headings", LatexColumns.Deedy),
        new("twenty-seconds", "xelatex", false, "Twenty-Seconds CV: grey sidebar with name, contact icons, skill bars; left date column", LatexColumns.TwentySeconds),
        new("res-margin", "pdflatex", false, "res.cls: section headings in the left margin beside the body", LatexColumns.MarginHeadings),
        new("overleaf-ragged", "pdflatex", true, "Overleaf two-column entries: a narrow right date column whose ranges wrap, headings of mixed size", LatexColumns.RaggedDates),
        new("europass-online", "chromium", false, "the Europass online CV (2020+): labelled personal lines, \"Company [ dd/MM/yyyy – Current ]\", CEFR grid", Html(HtmlBuilders.EuropassOnline)),
        new("google-serif", "chromium", true, "Google Docs Serif template: contact stacked right, \"Company, Place — Title\" with dates under it", Html(HtmlBuilders.GoogleSerif)),
        new("reactive-resume", "chromium", false, "Reactive Resume: sidebar with photo, skill level words; organisation/dates and title/place rows", Html(HtmlBuilders.ReactiveResume)),
        new("resume-io", "chromium", true, "Resume.io sidebar template: \"Title, Company, Place\" lines, Details/Links sidebar on the right", Html(HtmlBuilders.ResumeIo)),
        new("zety-gutter", "chromium", true, "Zety-like gutter: headings and dates in a left gutter, rating dots", Html(HtmlBuilders.ZetyGutter)),
        new("markdown-resume", "wkhtmltopdf", true, "resume.md page printed by wkhtmltopdf: h3 company with floated dates", Html(HtmlBuilders.MarkdownResume)),
    ];
}
