using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>LaTeX documents of students and researchers: a university's one-page student resume (Education first,
/// coursework in columns, Campus Involvement, Honors) and a long academic CV (years in a left column, research and
/// teaching appointments, numbered publications, presentations, grants, referees).</summary>
internal static class FieldLatex
{
    internal static string X(string s) => LatexLayouts.Escape(s);

    internal static string Preamble(Content c, string options, string packages)
    {
        var unicode = LatexLayouts.NeedsUnicodeEngine(c.Resume);
        var fonts = unicode
            ? "\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}\n"
            : "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n";
        return $"\\documentclass[{options}]{{article}}\n{fonts}\\usepackage[hidelinks]{{hyperref}}\n{packages}\n";
    }

    internal static Source Made(Content c, string text) =>
        LatexLayouts.NeedsUnicodeEngine(c.Resume) ? new Source(text, Engine: "xelatex") : new Source(text);

    internal static string Contact(Content c, string separator)
    {
        var b = c.Resume.Basics;
        var list = new List<string>();
        if (c.Location.Length > 0) list.Add(X(c.Location));
        if (b.Phone is { } p) list.Add(X(p));
        list.Add($"\\href{{mailto:{b.Email}}}{{{X(b.Email)}}}");
        foreach (var pr in b.Profiles ?? []) list.Add($"\\href{{{pr.Url}}}{{{X(Style.NoScheme(pr.Url))}}}");
        if (b.Url is { } u) list.Add($"\\href{{{u}}}{{{X(Style.NoScheme(u))}}}");
        return string.Join(separator, list);
    }

    /// <summary>A student's page: name left and contact right under it, bold capital section titles with a rule,
    /// "\textbf{Institution} \hfill Town" over "\textit{Degree} \hfill Expected May 2027", a GPA line, coursework in a
    /// three-column list, jobs and campus involvement with italic titles, honours as a dated list.</summary>
    public static Source StudentArticle(Content c, Random random)
    {
        var r = c.Resume;
        var s = new StringBuilder(Preamble(c, "11pt,letterpaper", """
            \usepackage[margin=0.7in]{geometry}
            \usepackage{multicol}
            \usepackage{enumitem}
            \setlist[itemize]{leftmargin=1.3em,itemsep=0pt,topsep=1pt}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\heading}[1]{\vspace{7pt}{\large\bfseries\MakeUppercase{#1}}\\[-6pt]\rule{\textwidth}{0.6pt}\\[-2pt]}
            \begin{document}
            """));
        s.Append($"{{\\LARGE\\bfseries {X(c.Resume.Basics.Name)}}}\\\\[3pt]\n{{\\small {Contact(c, " \\enspace$\\diamond$\\enspace ")}}}\\\\\n");
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MMMM yyyy";
        s.Append("\\heading{Education}\n");
        foreach (var e in r.Education!)
        {
            s.Append($"\\textbf{{{X(e.Institution)}}} \\hfill {X(c.Location)}\\\\\n\\textit{{{X(FieldHtml.DegreeName(e))}}} \\hfill {X(FieldHtml.Graduation(e, format))}\\\\\n");
            if (e.Score is { } gpa) s.Append($"Cumulative {X(gpa)}\\\\\n");
            if (e.Courses is { Count: > 0 } courses)
            {
                s.Append("\\textbf{Relevant Coursework:}\n\\begin{multicols}{3}\\begin{itemize}\n");
                foreach (var course in courses) s.Append($"\\item {X(course)}\n");
                s.Append("\\end{itemize}\\end{multicols}\n");
            }
        }
        void Entries(string heading, IEnumerable<(string Org, string Title, string Dates, string? Place, IReadOnlyList<string> Bullets)> entries)
        {
            s.Append($"\\heading{{{X(heading)}}}\n");
            foreach (var (org, title, dates, place, bullets) in entries)
            {
                s.Append($"\\textbf{{{X(org)}}}{(place is null ? "" : ", " + X(place))} \\hfill {X(dates)}\\\\\n\\textit{{{X(title)}}}\n");
                if (bullets.Count > 0) s.Append("\\begin{itemize}\n").Append(string.Concat(bullets.Select(x => $"\\item {X(x)}\n"))).Append("\\end{itemize}\n");
                else s.Append("\\\\[2pt]\n");
            }
        }
        Entries(random.Next(2) == 0 ? "Work Experience" : "Experience", r.Work!.Select(w => (w.Name, w.Position, Look.Range(w.StartDate, w.EndDate, format, " -- "), w.Location, (IReadOnlyList<string>)w.Highlights)));
        if (r.Volunteer is { Count: > 0 } clubs)
        {
            Entries(random.Next(2) == 0 ? "Campus Involvement" : "Leadership", clubs.Select(v => (v.Organization, v.Position, Look.Range(v.StartDate, v.EndDate, format, " -- "), (string?)null, (IReadOnlyList<string>)(v.Summary is { } x ? [x] : []))));
        }
        if (r.Awards is { Count: > 0 } awards)
        {
            s.Append("\\heading{Honors}\n\\begin{itemize}\n");
            foreach (var a in awards) s.Append($"\\item {X(a.Title)}, {X(a.Awarder)} \\hfill {X(Look.Date(a.Date, format))}\n");
            s.Append("\\end{itemize}\n");
        }
        s.Append("\\heading{Skills \\& Interests}\n");
        var lines = r.Skills!.Select(g => $"\\textbf{{{X(g.Name)}:}} {X(string.Join(", ", g.Keywords))}").ToList();
        if (r.Languages is { Count: > 0 } langs) lines.Add($"\\textbf{{Languages:}} {X(string.Join(", ", langs.Select(c.Language)))}");
        if (r.Interests is { Count: > 0 } interests) lines.Add($"\\textbf{{Interests:}} {X(string.Join(", ", interests.Select(i => i.Name)))}");
        s.Append(string.Join("\\\\\n", lines)).Append("\n\\end{document}\n");
        return Made(c, s.ToString());
    }

    /// <summary>A long academic CV: a centred name over an address block, section titles in small caps, every entry a
    /// row of a two-column table with its dates on the left; Research and Teaching appointments as separate sections,
    /// publications numbered with author lists, presentations, grants and fellowships, referees.</summary>
    public static Source AcademicCv(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder(Preamble(c, "11pt,a4paper", """
            \usepackage[margin=2.2cm]{geometry}
            \usepackage{longtable}
            \usepackage{enumitem}
            \pagestyle{plain}\setlength{\parindent}{0pt}
            \newcommand{\cvsec}[1]{\vspace{9pt}{\large\scshape #1}\par\vspace{2pt}\hrule\vspace{4pt}}
            \begin{document}
            """));
        s.Append($"\\begin{{center}}{{\\Large\\bfseries {X(b.Name)}}}\\\\[4pt]\n");
        var dept = $"Department of {r.Education![0].Area}";
        s.Append($"{X(dept)}, {X(r.Education[0].Institution)}\\\\\n{Contact(c, " \\textperiodcentered{} ")}\\end{{center}}\n");
        const string format = "MMM yyyy";
        string Range(string start, string? end) => Look.Range(start, end, format, "--");
        void Table(IEnumerable<(string Left, string Right)> rows)
        {
            s.Append("\\begin{longtable}{@{}p{3.3cm}p{12cm}@{}}\n");
            foreach (var (left, right) in rows) s.Append($"{left} & {right} \\\\[3pt]\n");
            s.Append("\\end{longtable}\n\\vspace{-10pt}\n");
        }
        s.Append("\\cvsec{Education}\n");
        Table(r.Education.Select((e, i) => (X(FieldHtml.Graduation(e, format)),
            $"{X(e.StudyType)}, {X(e.Area)}, {X(e.Institution)}" + (i == 0 ? $"\\newline\\textit{{Dissertation: {X(r.Publications![0].Name)}}}" : ""))));
        string Job(Work w) => $"\\textbf{{{X(w.Position)}}}, {X(w.Name)}" + (w.Highlights.Count > 0
            ? "\\vspace{-4pt}\\begin{itemize}[leftmargin=1.2em,itemsep=0pt,topsep=2pt]" + string.Concat(w.Highlights.Select(h => $"\\item {X(h)}")) + "\\end{itemize}"
            : "");
        var teaching = r.Work!.Where(w => w.Position.StartsWith("Teaching", StringComparison.Ordinal)).ToList();
        s.Append(random.Next(2) == 0 ? "\\cvsec{Research Experience}\n" : "\\cvsec{Academic Appointments}\n");
        Table(r.Work!.Except(teaching).Select(w => (X(Range(w.StartDate, w.EndDate)), Job(w))));
        s.Append("\\cvsec{Publications}\n\\begin{enumerate}[label={[\\arabic*]},leftmargin=2em,itemsep=2pt]\n");
        var surname = Look.Rest(b.Name) is { Length: > 0 } rest ? rest : b.Name;
        foreach (var p in r.Publications!)
        {
            var coauthor = Words.FamilyNames[random.Next(Words.FamilyNames.Length)];
            s.Append($"\\item {X(surname)}, {X(b.Name[..1])}., {X(coauthor)}, {(char)('A' + random.Next(26))}. ({p.ReleaseDate[..4]}). {X(p.Name)}. \\textit{{{X(p.Publisher)}}}, {random.Next(3, 60)}({random.Next(1, 12)}), {random.Next(10, 400)}--{random.Next(401, 900)}.\n");
        }
        s.Append("\\end{enumerate}\n");
        s.Append("\\cvsec{Presentations}\n\\begin{itemize}[leftmargin=1.2em,itemsep=1pt]\n");
        foreach (var p in r.Publications!.Take(2))
        {
            s.Append($"\\item {X(p.Name)}. Annual Meeting of the {X(p.Publisher.Replace("Journal of ", ""))} Society, {X(c.Resume.Basics.Location?.City ?? "Vienna")}, {Look.Date(p.ReleaseDate, "MMMM yyyy")}.\n");
        }
        s.Append("\\end{itemize}\n");
        s.Append("\\cvsec{Teaching}\n");
        Table(teaching.Select(w => (X(Range(w.StartDate, w.EndDate)), Job(w))));
        s.Append("\\cvsec{Grants, Fellowships \\& Awards}\n");
        Table(r.Awards!.Select(a => (a.Date[..4], $"{X(a.Title)}, {X(a.Awarder)}")));
        s.Append("\\cvsec{Skills}\n");
        Table(r.Skills!.Select(g => (X(g.Name), X(string.Join(", ", g.Keywords)))));
        if (r.References is { Count: > 0 } refs)
        {
            s.Append("\\cvsec{References}\n");
            s.Append(string.Join("\\\\\n", refs.Select(x => X(x.Name)))).Append('\n');
        }
        s.Append("\\end{document}\n");
        return Made(c, s.ToString());
    }
}
