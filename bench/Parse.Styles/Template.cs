using Parse.Holdout.Layouts;

namespace Parse.Styles;

/// <summary>One producer/layout style: how a person's resume is written (<see cref="Render"/>) and which real tool turns
/// that into the file a reader gets (<see cref="Producer"/>).</summary>
/// <param name="Name">The file name without extension; the scorer reports per file name, so per style.</param>
/// <param name="Producer">chromium, wkhtmltopdf, pdflatex, xelatex, lualatex, pandoc-docx, pandoc-latex, docx,
/// libreoffice (DOCX bytes printed to PDF), typst (the Typst compiler's Node build), text or markdown.</param>
/// <param name="Check">Kept apart from development: its files are scored but not read while fixing the parser, so its
/// figure tells whether a fix is general.</param>
/// <param name="Models">The real producer or template family whose structure the style reproduces.</param>
/// <param name="Shape">The kind of person the style is written for (<see cref="Shapes"/>: a student, a new nurse...); such
/// a style gets people of its own, and styles without one share the corpus's people.</param>
internal sealed record Template(string Name, string Producer, bool Check, string Models, Func<Content, Random, Source> Render, string? Shape = null)
{
    public string Extension => Producer switch
    {
        "pandoc-docx" or "docx" => ".docx",
        "text" => ".txt",
        "markdown" => ".md",
        _ => ".pdf",
    };

    public string File => Name + Extension;

    /// <summary>The tools the producer needs on the PATH.</summary>
    public string[] Tools => Producer switch
    {
        "chromium" => ["chromium"],
        "wkhtmltopdf" => ["wkhtmltopdf"],
        "pdflatex" or "xelatex" or "lualatex" => [Producer],
        "pandoc-docx" => ["pandoc"],
        "pandoc-latex" => ["pandoc", "pdflatex"],
        "pandoc-wkhtml" => ["pandoc", "wkhtmltopdf"],
        "libreoffice" => ["soffice"],
        "typst" => ["node"],
        _ => [],
    };
}

/// <summary>What a template writes: source text (HTML, LaTeX, Markdown, plain text) or a finished DOCX.</summary>
/// <param name="Engine">A TeX engine other than the template's own, for a person whose name needs Unicode fonts.</param>
internal sealed record Source(string Text, byte[]? Bytes = null, string? Engine = null);
