using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>A one-page pdfLaTeX resume written here in the structure of the McDowell CV (Overleaf): a name in large
/// spaced capitals, a contact line split by diamonds, headings in small capitals followed by a rule that fills the rest
/// of their line, each entry "Title" bold with dates flush right and the organisation under it with the place flush
/// right in italics, skills as a two-column tabular of labels and keywords.</summary>
internal static class LatexOnePage
{
    private static string X(string s) => LatexLayouts.Escape(s);

    private static string Href(string url, string shown) => $"\\href{{{url.Replace("%", "\\%").Replace("#", "\\#")}}}{{{X(shown)}}}";

    public static Source McDowell(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var unicode = LatexLayouts.NeedsUnicodeEngine(r);
        var s = new StringBuilder("\\documentclass[letterpaper,10pt]{article}\n");
        s.Append(unicode
            ? "\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}\n"
            : "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{mathptmx}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n");
        s.Append("""
            \usepackage[margin=0.6in]{geometry}
            \usepackage[hidelinks]{hyperref}
            \usepackage{enumitem}
            \usepackage{tabularx}
            \usepackage{amssymb}
            \pagestyle{empty}\raggedright\setlength{\parindent}{0pt}
            \setlist[itemize]{leftmargin=1.4em,topsep=1pt,itemsep=0pt,parsep=0pt,label=\textbullet}
            \newcommand{\cvsect}[1]{\par\vspace{8pt}{\large\scshape #1}\ \hrulefill\par\vspace{3pt}}
            \newcommand{\cvevent}[4]{\par\vspace{3pt}\textbf{#1}\hfill #2\par{#3}\hfill\textit{#4}\par}
            \begin{document}

            """);
        var spaced = string.Join("\\,", b.Name.ToUpperInvariant().Select(ch => ch == ' ' ? "\\ \\ " : X(ch.ToString())));
        s.Append($"\\begin{{center}}{{\\LARGE {spaced}}}\\par\\vspace{{4pt}}\n");
        var contact = new List<string>();
        if (c.Location.Length > 0) contact.Add(X(c.Location));
        if (b.Phone is { } p) contact.Add(X(p));
        contact.Add(Href("mailto:" + b.Email, b.Email));
        if (b.Url is { } u) contact.Add(Href(u, Style.NoScheme(u)));
        foreach (var pr in b.Profiles ?? []) contact.Add(Href(pr.Url, Style.NoScheme(pr.Url)));
        s.Append($"{{\\small {string.Join(" $\\diamond$ ", contact)}}}\\end{{center}}\n");
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        foreach (var section in c.Sections())
        {
            s.Append($"\\cvsect{{{X(c.Heading(section))}}}\n");
            switch (section)
            {
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"\\cvevent{{{X(w.Position)}}}{{{X(Look.Range(w.StartDate, w.EndDate, format, " -- "))}}}{{{X(w.Name)}}}{{{X(w.Location ?? "")}}}\n");
                        s.Append("\\begin{itemize}\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\cvevent{{{X(c.Degree(e))}}}{{{X(Look.Range(e.StartDate, e.EndDate, format, " -- "))}}}{{{X(e.Institution)}}}{{{(e.Score is { } g ? X("GPA " + g) : "")}}}\n");
                    }
                    break;
                case "skills":
                    s.Append("\\begin{tabularx}{\\textwidth}{@{}l X@{}}\n");
                    s.Append(string.Concat(r.Skills!.Select(g => $"\\textbf{{{X(g.Name)}}} & {X(string.Join(", ", g.Keywords))} \\\\\n")));
                    s.Append("\\end{tabularx}\n");
                    break;
                default:
                    s.Append(LatexTemplates.Generic(c, section)).Append("\\par\n");
                    break;
            }
        }
        s.Append("\\end{document}\n");
        return new Source(s.ToString(), Engine: unicode ? "xelatex" : null);
    }
}
