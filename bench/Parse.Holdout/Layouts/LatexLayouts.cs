using System.Text;

namespace Parse.Holdout.Layouts;

/// <summary>LaTeX sources: moderncv in its classic and banking styles, and a one-column engineering resume written
/// here (small caps headings with a rule, dates flush right with \hfill, itemize bullets).</summary>
internal static class LatexLayouts
{
    public static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s)
        {
            sb.Append(ch switch
            {
                '&' => @"\&", '%' => @"\%", '$' => @"\$", '#' => @"\#", '_' => @"\_", '{' => @"\{", '}' => @"\}",
                '~' => @"\textasciitilde{}", '^' => @"\textasciicircum{}", '\\' => @"\textbackslash{}",
                '–' => "--", '—' => "---", '“' => "``", '”' => "''",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    private static string X(string s) => Escape(s);

    /// <summary>Whether the text needs a Unicode engine (XeLaTeX/LuaLaTeX with system fonts).</summary>
    public static bool NeedsUnicodeEngine(Resume r) =>
        System.Text.Json.JsonSerializer.Serialize(r, Generator.Json).Any(ch => ch > 0x24F && ch is not ('–' or '—' or '“' or '”' or '’' or '·' or '•'));

    public static bool HasCjk(Resume r) =>
        System.Text.Json.JsonSerializer.Serialize(r, Generator.Json).Any(ch => ch is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF');

    public static string ModernCv(Content c, string style, bool unicode, bool otherScript)
    {
        var r = c.Resume;
        var s = c.Style;
        var b = r.Basics;
        var sb = new StringBuilder();
        sb.AppendLine($@"\documentclass[11pt,a4paper,sans]{{moderncv}}");
        sb.AppendLine($@"\moderncvstyle{{{style}}}");
        sb.AppendLine(@"\moderncvcolor{" + (c.Style.Accent is "#c0392b" ? "red" : c.Style.Accent is "#0b6e4f" ? "green" : c.Style.Accent is "#444444" ? "grey" : "blue") + "}");
        if (!unicode)
        {
            sb.AppendLine(@"\usepackage[utf8]{inputenc}");
            sb.AppendLine(@"\usepackage[T1]{fontenc}");
            sb.AppendLine(@"\usepackage{lmodern}");
        }
        else if (otherScript)
        {
            sb.AppendLine(@"\usepackage{fontspec}");
            sb.AppendLine(@"\setsansfont{DejaVu Sans}");
            sb.AppendLine(@"\setmainfont{DejaVu Serif}");
        }
        sb.AppendLine(@"\usepackage[scale=0.78]{geometry}");
        var parts = b.Name.Split(' ', 2);
        sb.AppendLine($@"\name{{{X(parts[0])}}}{{{X(parts.Length > 1 ? parts[1] : "")}}}");
        if (b.Label is { } l) sb.AppendLine($@"\title{{{X(l)}}}");
        if (b.Location is { } loc) sb.AppendLine($@"\address{{{X(loc.City)}}}{{{X(loc.Region ?? Content.CountryName(loc.CountryCode))}}}{{}}");
        if (b.Phone is { } p) sb.AppendLine($@"\phone[mobile]{{{X(p)}}}");
        sb.AppendLine($@"\email{{{X(b.Email)}}}");
        if (b.Url is { } u) sb.AppendLine($@"\homepage{{{X(Style.NoScheme(u))}}}");
        foreach (var profile in b.Profiles ?? [])
        {
            sb.AppendLine($@"\social[{profile.Network.ToLowerInvariant()}]{{{X(profile.Username)}}}");
        }
        sb.AppendLine(@"\begin{document}");
        sb.AppendLine(@"\makecvtitle");
        foreach (var section in c.Sections())
        {
            sb.AppendLine($@"\section{{{X(c.Heading(section))}}}");
            switch (section)
            {
                case "summary":
                    sb.AppendLine($@"\cvitem{{}}{{{X(b.Summary!)}}}");
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        sb.AppendLine($@"\cventry{{{X(s.Range(w.StartDate, w.EndDate))}}}{{{X(w.Position)}}}{{{X(w.Name)}}}{{{X(w.Location ?? "")}}}{{}}{{");
                        sb.AppendLine(@"\begin{itemize}");
                        foreach (var h in w.Highlights) sb.AppendLine($@"\item {X(h)}");
                        sb.AppendLine(@"\end{itemize}}");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine($@"\cventry{{{X(s.Range(e.StartDate, e.EndDate))}}}{{{X(c.Degree(e))}}}{{{X(e.Institution)}}}{{}}{{{X(e.Score ?? "")}}}{{}}");
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!) sb.AppendLine($@"\cvitem{{{X(g.Name)}}}{{{X(string.Join(", ", g.Keywords))}}}");
                    break;
                case "projects":
                    foreach (var pr in r.Projects!)
                    {
                        var dates = pr.StartDate is not null ? s.Range(pr.StartDate, pr.EndDate) : "";
                        sb.AppendLine($@"\cventry{{{X(dates)}}}{{{X(pr.Name)}}}{{{X(pr.Description)}}}{{{X(pr.Keywords is { } k ? string.Join(", ", k) : "")}}}{{}}{{{(pr.Url is { } pu ? $@"\url{{{pu}}}" : "")}}}");
                    }
                    break;
                case "certificates":
                    foreach (var ce in r.Certificates!) sb.AppendLine($@"\cvitem{{{X(s.Date(ce.Date))}}}{{{X(ce.Name)}, {X(ce.Issuer)}}}");
                    break;
                case "volunteer":
                    foreach (var v in r.Volunteer!) sb.AppendLine($@"\cventry{{{X(s.Range(v.StartDate, v.EndDate))}}}{{{X(v.Position)}}}{{{X(v.Organization)}}}{{}}{{}}{{{X(v.Summary ?? "")}}}");
                    break;
                case "awards":
                    foreach (var a in r.Awards!) sb.AppendLine($@"\cvitem{{{X(s.Date(a.Date))}}}{{{X(a.Title)}, {X(a.Awarder)}}}");
                    break;
                case "publications":
                    foreach (var pu in r.Publications!) sb.AppendLine($@"\cvitem{{{X(s.Date(pu.ReleaseDate))}}}{{{X(pu.Name)}. \emph{{{X(pu.Publisher)}}}}}");
                    break;
                case "languages":
                    foreach (var la in r.Languages!) sb.AppendLine($@"\cvitemwithcomment{{{X(la.Name)}}}{{{X(la.Fluency)}}}{{}}");
                    break;
                case "interests":
                    sb.AppendLine($@"\cvitem{{}}{{{X(string.Join(", ", r.Interests!.Select(i => i.Name)))}}}");
                    break;
                case "references":
                    foreach (var re in r.References!) sb.AppendLine($@"\cvitem{{}}{{{X(c.Reference(re))}}}");
                    break;
            }
        }
        sb.AppendLine(@"\end{document}");
        return sb.ToString();
    }

    public static string Engineering(Content c, bool unicode)
    {
        var r = c.Resume;
        var s = c.Style;
        var b = r.Basics;
        var sb = new StringBuilder();
        sb.AppendLine(@"\documentclass[10pt,letterpaper]{article}");
        if (unicode)
        {
            sb.AppendLine(@"\usepackage{fontspec}");
            sb.AppendLine(@"\setmainfont{DejaVu Serif}");
        }
        else
        {
            sb.AppendLine(@"\usepackage[utf8]{inputenc}");
            sb.AppendLine(@"\usepackage[T1]{fontenc}");
            sb.AppendLine(@"\usepackage{lmodern}");
            sb.AppendLine(@"\input{glyphtounicode}");
            sb.AppendLine(@"\pdfgentounicode=1");
        }
        sb.AppendLine(@"\usepackage[margin=0.6in]{geometry}");
        sb.AppendLine(@"\usepackage{enumitem}");
        sb.AppendLine(@"\usepackage[hidelinks]{hyperref}");
        sb.AppendLine(@"\usepackage{titlesec}");
        sb.AppendLine(@"\pagestyle{empty}");
        sb.AppendLine(@"\setlength{\parindent}{0pt}");
        sb.AppendLine(@"\titleformat{\section}{\large\scshape\raggedright}{}{0em}{}[\titlerule]");
        sb.AppendLine(@"\titlespacing{\section}{0pt}{8pt}{4pt}");
        sb.AppendLine(@"\setlist[itemize]{leftmargin=1.4em,itemsep=0pt,topsep=2pt}");
        sb.AppendLine(@"\newcommand{\entry}[4]{\textbf{#1} \hfill #2\\ \textit{#3} \hfill \textit{#4}\\}");
        sb.AppendLine(@"\begin{document}");
        sb.AppendLine($@"\begin{{center}}{{\Huge\scshape {X(c.Name)}}}\\[3pt]");
        var contact = new List<string> { $@"\href{{mailto:{b.Email}}}{{{X(b.Email)}}}" };
        if (b.Phone is { } p) contact.Add(X(p));
        if (c.Location.Length > 0) contact.Add(X(c.Location));
        if (b.Url is { } u) contact.Add($@"\href{{{u}}}{{{X(s.ProfileDisplay == "url" ? u : Style.NoScheme(u))}}}");
        foreach (var pr in b.Profiles ?? []) contact.Add($@"\href{{{pr.Url}}}{{{X(s.ProfileText(pr))}}}");
        sb.AppendLine(string.Join(@" $|$ ", contact));
        sb.AppendLine(@"\end{center}");
        foreach (var section in c.Sections())
        {
            sb.AppendLine($@"\section{{{X(c.Heading(section))}}}");
            switch (section)
            {
                case "summary":
                    sb.AppendLine(X(b.Summary!));
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var (first, second) = c.WorkTitles(w);
                        sb.AppendLine($@"\entry{{{X(first)}}}{{{X(s.Range(w.StartDate, w.EndDate))}}}{{{X(second)}}}{{{X(w.Location ?? "")}}}");
                        sb.AppendLine(@"\begin{itemize}");
                        foreach (var h in w.Highlights) sb.AppendLine($@"\item {X(h)}");
                        sb.AppendLine(@"\end{itemize}");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        sb.AppendLine($@"\entry{{{X(e.Institution)}}}{{{X(s.Range(e.StartDate, e.EndDate))}}}{{{X(c.Degree(e))}}}{{{X(e.Score ?? "")}}}");
                    }
                    break;
                case "skills":
                    sb.AppendLine(@"\begin{itemize}[label={}]");
                    foreach (var g in r.Skills!) sb.AppendLine($@"\item \textbf{{{X(g.Name)}}}: {X(string.Join(", ", g.Keywords))}");
                    sb.AppendLine(@"\end{itemize}");
                    break;
                case "projects":
                    foreach (var pr in r.Projects!)
                    {
                        var dates = pr.StartDate is not null ? s.Range(pr.StartDate, pr.EndDate) : "";
                        var kw = pr.Keywords is { } k ? $@" $|$ \emph{{{X(string.Join(", ", k))}}}" : "";
                        sb.AppendLine($@"\textbf{{{X(pr.Name)}}}{kw} \hfill {X(dates)}\\");
                        sb.AppendLine($@"{X(pr.Description)}{(pr.Url is { } pu ? $@" \href{{{pu}}}{{{X(Style.NoScheme(pu))}}}" : "")}\\[2pt]");
                    }
                    break;
                case "certificates":
                    Items(sb, r.Certificates!.Select(c.Certificate));
                    break;
                case "volunteer":
                    foreach (var v in r.Volunteer!)
                    {
                        sb.AppendLine($@"\entry{{{X(v.Position)}}}{{{X(s.Range(v.StartDate, v.EndDate))}}}{{{X(v.Organization)}}}{{}}");
                        if (v.Summary is { } sum) sb.AppendLine($@"{X(sum)}\\");
                    }
                    break;
                case "awards":
                    Items(sb, r.Awards!.Select(c.Award));
                    break;
                case "publications":
                    Items(sb, r.Publications!.Select(c.Publication));
                    break;
                case "languages":
                    sb.AppendLine(X(string.Join(", ", r.Languages!.Select(c.Language))));
                    break;
                case "interests":
                    sb.AppendLine(X(string.Join(", ", r.Interests!.Select(i => i.Name))));
                    break;
                case "references":
                    foreach (var re in r.References!) sb.AppendLine($@"{X(c.Reference(re))}\\");
                    break;
            }
        }
        sb.AppendLine(@"\end{document}");
        return sb.ToString();
    }

    private static void Items(StringBuilder sb, IEnumerable<string> items)
    {
        sb.AppendLine(@"\begin{itemize}");
        foreach (var i in items) sb.AppendLine($@"\item {X(i)}");
        sb.AppendLine(@"\end{itemize}");
    }
}
