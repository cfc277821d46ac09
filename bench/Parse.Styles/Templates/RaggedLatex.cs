using System.Text;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.FieldLatex;

namespace Parse.Styles.Templates;

/// <summary>Overleaf's two-column entry templates as people fill them in: each entry a tabular row whose wide left cell
/// holds the title, the organisation and place in italics and the bullets, and whose narrow right cell holds the dates
/// set ragged right, so a spelled-out range wraps ("January 2021 –" over "Present"); section titles set in two sizes
/// (large for the main sections, normal bold small caps for the rest), skills as "Group: keywords" rows.</summary>
internal static class RaggedLatex
{
    public static Source NarrowDates(Content c, Random random)
    {
        var r = c.Resume;
        var format = random.Next(2) == 0 ? "MMMM yyyy" : "MMM yyyy";
        var width = random.Next(2) == 0 ? "2.3cm" : "2.8cm";
        var s = new StringBuilder(Preamble(c, "10pt,letterpaper", """
            \usepackage[margin=1.8cm]{geometry}
            \usepackage{array}
            \usepackage{enumitem}
            \setlist[itemize]{leftmargin=1.2em,itemsep=0pt,topsep=1pt}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\major}[1]{\par\vspace{7pt}{\Large\bfseries #1}\par\vspace{2pt}\hrule\vspace{4pt}}
            \newcommand{\minor}[1]{\par\vspace{6pt}{\large\scshape\bfseries #1}\par\vspace{3pt}}
            \newcommand{\entry}[2]{\begin{tabular*}{\linewidth}{@{}p{\dimexpr\linewidth-WIDTH-1em\relax}@{\extracolsep{\fill}}>{\raggedleft\arraybackslash}p{WIDTH}@{}}#1 & #2\end{tabular*}\par\vspace{3pt}}
            \begin{document}
            """.Replace("WIDTH", width, StringComparison.Ordinal)));
        s.Append($"\\begin{{center}}{{\\huge\\bfseries {X(r.Basics.Name)}}}\\\\[4pt]{{\\small {Contact(c, " $\\cdot$ ")}}}\\end{{center}}\n");
        string Range(string start, string? end) => X(Look.Range(start, end, format, " -- "));
        string Items(IEnumerable<string> items) => items.Any() ? "\\vspace{-4pt}\\begin{itemize}" + string.Concat(items.Select(h => $"\\item {X(h)}")) + "\\end{itemize}" : "";
        foreach (var section in c.Sections())
        {
            var heading = section switch
            {
                "work" => CareerHtml.Heading(c, f => f.WorkHeadings, random, c.Heading(section)),
                "certificates" => CareerHtml.Heading(c, f => f.CredentialHeadings, random, c.Heading(section)),
                _ => c.Heading(section),
            };
            var major = section is "work" or "education" or "summary";
            s.Append(major ? $"\\major{{{X(heading)}}}\n" : $"\\minor{{{X(heading)}}}\n");
            switch (section)
            {
                case "summary":
                    s.Append(X(r.Basics.Summary!)).Append("\\par\n");
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"\\entry{{\\textbf{{{X(w.Position)}}}\\newline\\textit{{{X(w.Name)}{(w.Location is { } l ? ", " + X(l) : "")}}}{Items(w.Highlights)}}}{{{Range(w.StartDate, w.EndDate)}}}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\entry{{\\textbf{{{X(e.Institution)}}}\\newline {X(FieldHtml.DegreeName(e))}{(e.Score is { } g ? " (" + X(g) + ")" : "")}}}{{{Range(e.StartDate, e.EndDate)}}}\n");
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!) s.Append($"\\textbf{{{X(g.Name)}:}} {X(string.Join(", ", g.Keywords))}\\par\n");
                    break;
                case "certificates":
                    foreach (var x in r.Certificates!) s.Append($"\\entry{{{X(x.Name)}, {X(x.Issuer)}}}{{{X(Look.Date(x.Date, format))}}}\n");
                    break;
                case "volunteer":
                    foreach (var v in r.Volunteer!) s.Append($"\\entry{{\\textbf{{{X(v.Position)}}}, {X(v.Organization)}}}{{{Range(v.StartDate, v.EndDate)}}}\n");
                    break;
                default:
                    s.Append(X(string.Join("; ", Lines(c, section)))).Append("\\par\n");
                    break;
            }
        }
        s.Append("\\end{document}\n");
        return Made(c, s.ToString());
    }

    private static IEnumerable<string> Lines(Content c, string section)
    {
        var r = c.Resume;
        return section switch
        {
            "projects" => r.Projects!.Select(p => $"{p.Name}: {p.Description}"),
            "awards" => r.Awards!.Select(c.Award),
            "publications" => r.Publications!.Select(c.Publication),
            "languages" => r.Languages!.Select(c.Language),
            "interests" => r.Interests!.Select(i => i.Name),
            "references" => r.References!.Select(c.Reference),
            _ => [],
        };
    }
}
