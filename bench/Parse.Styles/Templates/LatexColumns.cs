using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>LaTeX resumes written here in the structure of public templates the other styles do not cover: a Deedy-like
/// two-column XeLaTeX page, a Twenty-Seconds-like grey sidebar with skill bars, res.cls's headings in the left margin,
/// and an Overleaf-style page with a narrow right date column whose ranges wrap and headings of mixed weight.</summary>
internal static class LatexColumns
{
    private static string X(string s) => LatexLayouts.Escape(s);

    /// <summary>pdfLaTeX fonts with a glyph-to-Unicode map, or fontspec with DejaVu for a name in another script.</summary>
    private static string PdfFonts(Content c, string sans = "") => LatexLayouts.NeedsUnicodeEngine(c.Resume)
        ? "\\usepackage{fontspec}\n\\setmainfont{DejaVu " + (sans.Length > 0 ? "Sans" : "Serif") + "}\n"
        : "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n" + (sans.Length > 0 ? sans : "\\usepackage{lmodern}\n") + "\\input{glyphtounicode}\n\\pdfgentounicode=1\n";

    private const string XeFonts = "\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}\n\\setsansfont{DejaVu Sans}\n";

    /// <summary>The plain form of the other LaTeX styles, ended as a paragraph so the next heading starts a line.</summary>
    private static string Generic(Content c, string section) => LatexTemplates.Generic(c, section) + "\\par\n";

    private static string Href(string url, string shown) => $"\\href{{{url.Replace("%", "\\%").Replace("#", "\\#")}}}{{{X(shown)}}}";

    /// <summary>Deedy: "First Last" with a light first name, a contact line under it; a narrow left column (education,
    /// links, skills as labelled lists, languages) beside a wide right column of experience; headings in spaced light
    /// capitals; each job "Company | Title" with "Dates | Place" in grey small caps under it.</summary>
    public static Source Deedy(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder("\\documentclass[letterpaper,10pt]{article}\n").Append(XeFonts);
        s.Append("""
            \usepackage[left=0.6in,right=0.6in,top=0.5in,bottom=0.5in]{geometry}
            \usepackage{xcolor}
            \usepackage[hidelinks]{hyperref}
            \usepackage{enumitem}
            \definecolor{date}{HTML}{666666}\definecolor{primary}{HTML}{2b2b2b}\definecolor{headings}{HTML}{6A6A6A}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\dsection}[1]{\vspace{8pt}{\color{headings}\Large\sffamily\addfontfeatures{LetterSpace=8}\MakeUppercase{#1}}\par\vspace{3pt}}
            \newcommand{\runsub}[2]{{\color{primary}\large\sffamily\bfseries #1}{\sffamily\ | #2}\par}
            \newcommand{\location}[1]{{\color{date}\small\sffamily\scshape #1}\par\vspace{1pt}}
            \newenvironment{tightemize}{\vspace{-2pt}\begin{itemize}[leftmargin=1.1em,itemsep=0pt,parsep=0pt,topsep=1pt]}{\end{itemize}\vspace{2pt}}
            \begin{document}

            """);
        s.Append($"{{\\fontsize{{34}}{{38}}\\selectfont\\sffamily {{\\addfontfeatures{{Color=888888}}{X(Look.First(b.Name))}}} {X(Look.Rest(b.Name))}}}\\par\\vspace{{2pt}}\n");
        var contact = new List<string> { Href("mailto:" + b.Email, b.Email) };
        if (b.Phone is { } p) contact.Add(X(p));
        if (b.Url is { } u) contact.Add(Href(u, Style.NoScheme(u)));
        if (c.Location.Length > 0) contact.Add(X(c.Location));
        s.Append($"{{\\small\\sffamily {string.Join(" \\textbar{} ", contact)}}}\\par\\vspace{{6pt}}\n");
        var format = random.Next(2) == 0 ? "MMMM yyyy" : "MMM yyyy";
        s.Append("\\begin{minipage}[t]{0.31\\textwidth}\\raggedright\n");
        foreach (var section in new[] { "education", "links", "skills", "languages", "interests" })
        {
            switch (section)
            {
                case "education" when r.Education is { Count: > 0 }:
                    s.Append($"\\dsection{{{X(c.Heading("education"))}}}\n");
                    foreach (var e in r.Education)
                    {
                        s.Append($"\\runsub{{{X(e.Institution)}}}{{}}\n{X(c.Degree(e))}\\par\n\\location{{{X(Look.Range(e.StartDate, e.EndDate, format, " - "))}}}\n");
                        if (e.Score is { } g) s.Append($"{{\\small GPA: {X(g)}}}\\par\n");
                        s.Append("\\vspace{4pt}\n");
                    }
                    break;
                case "links" when b.Profiles is { Count: > 0 }:
                    s.Append("\\dsection{Links}\n");
                    foreach (var pr in b.Profiles)
                    {
                        s.Append($"{X(pr.Network)}:// \\textbf{{{Href(pr.Url, pr.Username)}}}\\par\n");
                    }
                    break;
                case "skills" when r.Skills is { Count: > 0 }:
                    s.Append($"\\dsection{{{X(c.Heading("skills"))}}}\n");
                    foreach (var g in r.Skills)
                    {
                        s.Append($"\\textbf{{{X(g.Name)}}}\\par\n{{\\small {string.Join(" \\textbullet{} ", g.Keywords.Select(X))}}}\\par\\vspace{{3pt}}\n");
                    }
                    break;
                case "languages" when r.Languages is { Count: > 0 }:
                    s.Append($"\\dsection{{{X(c.Heading("languages"))}}}\n").Append(string.Concat(r.Languages.Select(l => $"{X(l.Name)} \\textendash{{}} {{\\small {X(l.Fluency)}}}\\par\n")));
                    break;
                case "interests" when r.Interests is { Count: > 0 }:
                    s.Append($"\\dsection{{{X(c.Heading("interests"))}}}\n").Append(Generic(c, "interests"));
                    break;
            }
        }
        s.Append("\\end{minipage}\\hfill\n\\begin{minipage}[t]{0.64\\textwidth}\\raggedright\n");
        foreach (var section in c.Sections().Where(x => x is not ("education" or "skills" or "languages" or "interests")))
        {
            s.Append($"\\dsection{{{X(c.Heading(section))}}}\n");
            if (section == "work")
            {
                foreach (var w in r.Work!)
                {
                    s.Append($"\\runsub{{{X(w.Name)}}}{{{X(w.Position)}}}\n\\location{{{X(Look.Range(w.StartDate, w.EndDate, format, " – "))}{(w.Location is { } loc ? " | " + X(loc) : "")}}}\n");
                    s.Append("\\begin{tightemize}\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{tightemize}\n");
                }
            }
            else
            {
                s.Append(Generic(c, section));
            }
        }
        s.Append("\\end{minipage}\n\\end{document}\n");
        return new Source(s.ToString());
    }

    /// <summary>Twenty-Seconds-like: a grey sidebar drawn behind the left third of the page holding the name, the
    /// title, a profile paragraph, contact behind icons, each skill beside a bar and the languages; the main column has
    /// large coloured headings and entries as a two-column table, dates right-aligned on the left, "Title" bold and
    /// "Company, Place" under it on the right.</summary>
    public static Source TwentySeconds(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder("\\documentclass[a4paper,10pt]{article}\n").Append(XeFonts.Replace("DejaVu Serif", "DejaVu Sans"));
        s.Append("""
            \usepackage[left=7.6cm,right=1.2cm,top=1.2cm,bottom=1.2cm]{geometry}
            \usepackage{xcolor}\usepackage{tikz}\usepackage{fontawesome5}\usepackage{eso-pic}\usepackage{array}
            \usepackage[hidelinks]{hyperref}
            \definecolor{sidecolor}{HTML}{E7E7E7}\definecolor{maincolor}{HTML}{0E5484}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\skillbar}[2]{#1\par\tikz{\fill[white] (0,0) rectangle (5.6,0.22);\fill[maincolor] (0,0) rectangle (#2,0.22);}\par\vspace{2pt}}
            \newcommand{\bigsection}[1]{\vspace{8pt}{\color{maincolor}\huge #1}\par\vspace{2pt}{\color{maincolor}\rule{\linewidth}{1pt}}\par\vspace{4pt}}
            \newcommand{\profilesection}[1]{\vspace{6pt}{\color{black!80}\huge #1}\par\vspace{4pt}}
            \begin{document}

            """);
        s.Append("\\AddToShipoutPictureBG*{\\AtPageLowerLeft{\\color{sidecolor}\\rule{6.8cm}{\\paperheight}}}\n");
        s.Append("\\AddToShipoutPictureBG*{\\AtPageUpperLeft{\\raisebox{-\\height}{\\hspace{0.6cm}\\begin{minipage}[t]{5.6cm}\\vspace{1.2cm}\\raggedright\n");
        s.Append($"{{\\Huge\\color{{maincolor}} {X(b.Name)}}}\\par\\vspace{{4pt}}\n");
        if (b.Label is { } label) s.Append($"{{\\Large\\color{{black!80}} {X(label)}}}\\par\n");
        var summaryInSidebar = b.Summary is not null && random.Next(2) == 0;
        if (summaryInSidebar && b.Summary is { } summary)
        {
            s.Append($"\\profilesection{{{X(c.Heading("summary"))}}}\n{{\\small {X(summary)}}}\\par\n");
        }
        s.Append("\\profilesection{Contact}\n\\renewcommand{\\arraystretch}{1.5}\\begin{tabular}{@{}p{0.5cm}@{\\hspace{4pt}}p{4.9cm}}\n");
        if (c.Location.Length > 0) s.Append($"\\faMapMarker* & {X(c.Location)}\\\\\n");
        if (b.Phone is { } p) s.Append($"\\faPhone & {X(p)}\\\\\n");
        s.Append($"\\faEnvelope & {Href("mailto:" + b.Email, b.Email)}\\\\\n");
        if (b.Url is { } u) s.Append($"\\faGlobe & {Href(u, Style.NoScheme(u))}\\\\\n");
        foreach (var pr in b.Profiles ?? []) s.Append($"{(pr.Network == "GitHub" ? "\\faGithub" : "\\faLinkedin")} & {Href(pr.Url, Style.NoScheme(pr.Url))}\\\\\n");
        s.Append("\\end{tabular}\n");
        if (r.Skills is { Count: > 0 })
        {
            s.Append($"\\profilesection{{{X(c.Heading("skills"))}}}\n");
            foreach (var k in Look.Keywords(r).Take(9))
            {
                s.Append($"\\skillbar{{{X(k)}}}{{{(random.Next(25, 56) / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture)}}}\n");
            }
        }
        if (r.Languages is { Count: > 0 })
        {
            s.Append($"\\profilesection{{{X(c.Heading("languages"))}}}\n").Append(string.Concat(r.Languages.Select(l => $"{X(l.Name)}: {X(l.Fluency)}\\par\n")));
        }
        s.Append("\\end{minipage}}}}\n");
        var format = new[] { "MM/yyyy", "yyyy", "MMM yyyy" }[random.Next(3)];
        string Row(string dates, string body) => $"\\begin{{tabular}}{{@{{}}>{{\\raggedleft\\arraybackslash}}p{{2.3cm}}@{{\\hspace{{8pt}}}}p{{7.6cm}}@{{}}}}{{\\small\\color{{black!70}} {dates}}} & {body}\\end{{tabular}}\\par\\vspace{{5pt}}\n";
        foreach (var section in c.Sections().Where(x => x is not ("languages") && !(x == "skills" && r.Skills is { Count: > 0 })))
        {
            if (section == "summary" && summaryInSidebar)
            {
                continue;
            }
            s.Append($"\\bigsection{{{X(c.Heading(section))}}}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var dates = X(Look.Date(w.StartDate, format)) + "--" + X(Look.Date(w.EndDate, format, "now"));
                        s.Append(Row(dates, $"\\textbf{{{X(w.Position)}}}\\newline {X(w.Name)}{(w.Location is { } loc ? ", " + X(loc) : "")}\\newline {{\\small {string.Join("\\newline ", w.Highlights.Select(h => "\\textbullet{} " + X(h)))}}}"));
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        var dates = X(Look.Date(e.StartDate, format)) + "--" + X(Look.Date(e.EndDate, format, "now"));
                        s.Append(Row(dates, $"\\textbf{{{X(c.Degree(e))}}}\\newline {X(e.Institution)}{(e.Score is { } g ? "\\newline GPA " + X(g) : "")}"));
                    }
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        s.Append("\\end{document}\n");
        return new Source(s.ToString());
    }

    /// <summary>res.cls: the name and contact centred at the top; each section's heading set in bold capitals in the
    /// left margin beside its first line; entries "Title \hfill dates" in slanted type, "Company, Place" under them.</summary>
    public static Source MarginHeadings(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder("\\documentclass[11pt]{article}\n").Append(PdfFonts(c));
        s.Append("""
            \usepackage[left=0.8in,right=0.8in,top=0.7in,bottom=0.7in]{geometry}
            \usepackage[hidelinks]{hyperref}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newenvironment{ressection}[1]{\begin{list}{}{\setlength{\leftmargin}{1.55in}\setlength{\labelwidth}{1.45in}\setlength{\labelsep}{0.1in}\setlength{\itemsep}{0pt}\setlength{\topsep}{6pt}}\item[{\parbox[t]{1.45in}{\raggedright\bfseries\MakeUppercase{#1}}}]}{\end{list}}
            \begin{document}

            """);
        s.Append($"\\begin{{center}}{{\\large\\bfseries {X(b.Name.ToUpperInvariant())}}}\\\\[2pt]\n");
        var lines = new List<string>();
        if (c.Location.Length > 0) lines.Add(X(c.Location));
        lines.Add(string.Join(" \\quad ", new[] { b.Phone is { } p ? X(p) : null, Href("mailto:" + b.Email, b.Email) }.OfType<string>()));
        if (b.Url is { } u) lines.Add(Href(u, Style.NoScheme(u)));
        s.Append(string.Join("\\\\\n", lines)).Append("\\end{center}\n");
        var style = c.Style;
        foreach (var section in c.Sections())
        {
            s.Append($"\\begin{{ressection}}{{{X(c.Heading(section))}}}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"{{\\sl {X(w.Position)}}} \\hfill {X(style.Range(w.StartDate, w.EndDate))}\\\\\n{X(w.Name)}{(w.Location is { } loc ? ", " + X(loc) : "")}\n");
                        s.Append("\\begin{itemize}\\setlength{\\itemsep}{0pt}\\setlength{\\parskip}{0pt}\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"{{\\sl {X(c.Degree(e))}}} \\hfill {X(style.Range(e.StartDate, e.EndDate))}\\\\\n{X(e.Institution)}\\\\[4pt]\n");
                    }
                    break;
                case "skills":
                    s.Append(string.Join("\\\\\n", r.Skills!.Select(g => $"{X(g.Name)}: {X(string.Join(", ", g.Keywords))}"))).Append('\n');
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
            s.Append("\\end{ressection}\n");
        }
        s.Append("\\end{document}\n");
        return new Source(s.ToString(), Engine: LatexLayouts.NeedsUnicodeEngine(r) ? "lualatex" : null);
    }

    /// <summary>An Overleaf-style page: headings of mixed weight and size without rules (the first larger), each entry
    /// a table with a narrow right date column in which a range wraps onto two lines ("Jan 2019 –" / "Present"), the
    /// organisation and place on the title's line after an em dash.</summary>
    public static Source RaggedDates(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder("\\documentclass[10pt]{article}\n").Append(PdfFonts(c, "\\usepackage[scaled]{helvet}\n\\renewcommand{\\familydefault}{\\sfdefault}\n"));
        s.Append("""
            \usepackage[margin=0.75in]{geometry}
            \usepackage{array}\usepackage{enumitem}
            \usepackage[hidelinks]{hyperref}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\entry}[3]{\begin{tabular}{@{}p{0.80\linewidth}@{}>{\raggedleft\arraybackslash}p{0.20\linewidth}@{}}#1 & {\small #2}\end{tabular}\par #3\vspace{4pt}}
            \begin{document}

            """);
        s.Append($"{{\\LARGE\\bfseries {X(b.Name)}}}\\par\\vspace{{2pt}}\n");
        var contact = new List<string> { Href("mailto:" + b.Email, b.Email) };
        if (b.Phone is { } p) contact.Add(X(p));
        if (c.Location.Length > 0) contact.Add(X(c.Location));
        foreach (var pr in b.Profiles ?? []) contact.Add(Href(pr.Url, Style.NoScheme(pr.Url)));
        s.Append($"{{\\small {string.Join(" $\\cdot$ ", contact)}}}\\par\n");
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        var first = true;
        foreach (var section in c.Sections())
        {
            s.Append(first ? $"\\vspace{{10pt}}{{\\Large\\bfseries {X(c.Heading(section))}}}\\par\\vspace{{3pt}}\n" : $"\\vspace{{8pt}}{{\\large\\bfseries {X(c.Heading(section))}}}\\par\\vspace{{3pt}}\n");
            first = false;
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var body = "\\begin{itemize}[leftmargin=1.2em,itemsep=0pt,topsep=0pt]\n" + string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n")) + "\\end{itemize}";
                        s.Append($"\\entry{{\\textbf{{{X(w.Position)}}} --- {X(w.Name)}{(w.Location is { } loc ? ", " + X(loc) : "")}}}{{{X(Look.Date(w.StartDate, format))} --\\newline {X(Look.Date(w.EndDate, format))}}}{{{body}}}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\entry{{\\textbf{{{X(e.Institution)}}} --- {X(c.Degree(e))}}}{{{X(Look.Date(e.StartDate, format))} --\\newline {X(Look.Date(e.EndDate, format))}}}{{}}\n");
                    }
                    break;
                case "skills":
                    s.Append(string.Join("\\\\\n", r.Skills!.Select(g => $"\\textbf{{{X(g.Name)}}} {X(string.Join(", ", g.Keywords))}"))).Append('\n');
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        s.Append("\\end{document}\n");
        return new Source(s.ToString(), Engine: LatexLayouts.NeedsUnicodeEngine(r) ? "lualatex" : null);
    }
}
