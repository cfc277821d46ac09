using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using static Parse.Styles.Templates.FieldLatex;

namespace Parse.Styles.Templates;

/// <summary>LaTeX resumes of two conventions: the Australian resume (career summary, key skills in two columns,
/// responsibilities and achievements per job, licences, and referees with their phone and e-mail) and an executive's
/// two pages (a tagline under the name, areas of expertise in a grid, a line on what each company is, board service).</summary>
internal static class CareerLatex
{
    private static readonly string[] RefereeTitles = ["Operations Manager", "Director", "Senior Partner", "Head of Department", "General Manager"];

    /// <summary>The Australian resume as recruiters there ask for it: name, contact, "Career Summary", "Key Skills" in two
    /// columns, "Employment History" with the title and dates over "Company, Town" and then "Key responsibilities" and
    /// "Achievements" lists, "Education &amp; Training", "Licences &amp; Certifications" and "Referees" with two named
    /// referees, their role, company, mobile and e-mail.</summary>
    public static Source AustralianReferees(Content c, Random random)
    {
        var r = c.Resume;
        var format = random.Next(2) == 0 ? "MMMM yyyy" : "MMM yyyy";
        var s = new StringBuilder(Preamble(c, "11pt,a4paper", """
            \usepackage[margin=2cm]{geometry}
            \usepackage{multicol}
            \usepackage{enumitem}
            \setlist[itemize]{leftmargin=1.4em,itemsep=0pt,topsep=2pt}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \usepackage{xcolor}
            \newcommand{\heading}[1]{\vspace{8pt}{\color[HTML]{1F4E79}\large\bfseries #1}\par\vspace{1pt}{\color[HTML]{1F4E79}\hrule height 1pt}\vspace{4pt}}
            \begin{document}
            """));
        s.Append($"{{\\huge {X(r.Basics.Name)}}}\\par\\vspace{{4pt}}\n{{\\small {Contact(c, " \\quad|\\quad ")}}}\\par\n");
        if (r.Basics.Summary is { } summary) s.Append($"\\heading{{Career Summary}}\n{X(summary)}\\par\n");
        s.Append("\\heading{Key Skills}\n\\begin{multicols}{2}\\begin{itemize}\n");
        foreach (var k in Look.Keywords(r)) s.Append($"\\item {X(k)}\n");
        s.Append("\\end{itemize}\\end{multicols}\n");
        s.Append($"\\heading{{{X(CareerHtml.Heading(c, _ => ["Employment History", "Work History", "Career History"], random, "Employment History"))}}}\n");
        foreach (var w in r.Work!)
        {
            s.Append($"\\textbf{{{X(w.Position)}}} \\hfill {X(Look.Range(w.StartDate, w.EndDate, format, " -- "))}\\\\\n{X(w.Name)}{(w.Location is { } l ? ", " + X(l) : "")}\\par\n");
            var cut = w.Highlights.Count > 2 ? w.Highlights.Count / 2 : w.Highlights.Count;
            s.Append("\\vspace{2pt}\\textit{Key responsibilities:}\n\\begin{itemize}\n").Append(string.Concat(w.Highlights.Take(cut).Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n");
            if (cut < w.Highlights.Count)
            {
                s.Append("\\textit{Achievements:}\n\\begin{itemize}\n").Append(string.Concat(w.Highlights.Skip(cut).Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n");
            }
            s.Append("\\vspace{3pt}\n");
        }
        s.Append("\\heading{Education \\& Training}\n");
        foreach (var e in r.Education!) s.Append($"\\textbf{{{X(FieldHtml.DegreeName(e))}}}, {X(e.Institution)} \\hfill {X(Look.Date(e.EndDate, "yyyy"))}\\par\n");
        if (r.Certificates is { Count: > 0 } certs)
        {
            s.Append("\\heading{Licences \\& Certifications}\n\\begin{itemize}\n");
            foreach (var x in certs) s.Append($"\\item {X(x.Name)} -- {X(x.Issuer)} ({X(Look.Date(x.Date, "yyyy"))})\n");
            s.Append("\\end{itemize}\n");
        }
        if (r.Volunteer is { Count: > 0 } vol)
        {
            s.Append($"\\heading{{{X(CareerHtml.Heading(c, f => f.ServiceHeadings, random, "Volunteer Work"))}}}\n");
            foreach (var v in vol) s.Append($"{X(v.Position)}, {X(v.Organization)} \\hfill {X(Look.Range(v.StartDate, v.EndDate, format, " -- "))}\\par\n");
        }
        s.Append("\\heading{Referees}\n");
        if (random.Next(3) == 0)
        {
            s.Append("Available upon request.\\par\n");
        }
        else
        {
            s.Append("\\begin{minipage}[t]{0.48\\textwidth}\n");
            foreach (var (w, k) in r.Work!.Take(2).Select((w, k) => (w, k)))
            {
                if (k == 1) s.Append("\\end{minipage}\\hfill\\begin{minipage}[t]{0.48\\textwidth}\n");
                var given = Words.GivenNames[random.Next(Words.GivenNames.Length)];
                var family = Words.FamilyNames[random.Next(Words.FamilyNames.Length)];
                s.Append($"\\textbf{{{X(given)} {X(family)}}}\\\\\n{X(RefereeTitles[random.Next(RefereeTitles.Length)])}, {X(w.Name)}\\\\\nMobile: 04{random.Next(10, 99)} {random.Next(100, 999)} {random.Next(100, 999)}\\\\\n");
                s.Append($"Email: {X(given.ToLowerInvariant())}.{X(family.ToLowerInvariant().Replace(" ", ""))}@example.com.au\n");
            }
            s.Append("\\end{minipage}\n");
        }
        s.Append("\\end{document}\n");
        return Made(c, s.ToString());
    }

    /// <summary>An executive's resume: the name in small caps centred, a tagline of roles and strengths, the contact
    /// line; "Executive Profile"; "Areas of Expertise" in a three-column grid; per company its name and place with the
    /// years, an italic line on what the company is, then the title with its dates and "Selected achievements"; board
    /// service; education and certifications last.</summary>
    public static Source Executive(Content c, Random random)
    {
        var r = c.Resume;
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MM/yyyy";
        var s = new StringBuilder(Preamble(c, "11pt,letterpaper", """
            \usepackage[margin=0.8in]{geometry}
            \usepackage{enumitem}
            \usepackage{tabularx}
            \setlist[itemize]{leftmargin=1.4em,itemsep=1pt,topsep=2pt}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\heading}[1]{\vspace{9pt}\begin{center}{\bfseries\scshape\large #1}\end{center}\vspace{-8pt}\hrule\vspace{5pt}}
            \begin{document}
            """));
        var tagline = string.Join(" | ", new[] { r.Work![0].Position }.Concat(r.Skills![0].Keywords.Take(2)));
        s.Append($"\\begin{{center}}{{\\LARGE\\scshape {X(r.Basics.Name)}}}\\\\[3pt]{{\\bfseries {X(tagline)}}}\\\\[2pt]{{\\small {Contact(c, " \\textbullet{} ")}}}\\end{{center}}\n");
        if (r.Basics.Summary is { } summary) s.Append($"\\heading{{Executive Profile}}\n{X(summary)}\\par\n");
        s.Append("\\heading{Areas of Expertise}\n\\begin{tabularx}{\\textwidth}{XXX}\n");
        var keywords = Look.Keywords(r).ToList();
        for (var i = 0; i < keywords.Count; i += 3)
        {
            s.Append(string.Join(" & ", Enumerable.Range(i, 3).Select(j => j < keywords.Count ? $"\\textbullet{{}} {X(keywords[j])}" : ""))).Append(" \\\\\n");
        }
        s.Append("\\end{tabularx}\n");
        s.Append($"\\heading{{{X(CareerHtml.Heading(c, f => f.WorkHeadings, random, "Professional Experience"))}}}\n");
        foreach (var w in r.Work!)
        {
            s.Append($"\\textbf{{{X(w.Name.ToUpperInvariant())}}}{(w.Location is { } l ? ", " + X(l) : "")} \\hfill {X(Look.Range(w.StartDate, w.EndDate, "yyyy", " -- "))}\\\\\n");
            s.Append($"\\textit{{A {random.Next(2, 90) * 10} million dollar {(random.Next(2) == 0 ? "company" : "organisation")} with {random.Next(2, 40) * 50} staff across {random.Next(2, 9)} sites.}}\\\\[2pt]\n");
            s.Append($"\\textbf{{{X(w.Position)}}} \\hfill {X(Look.Range(w.StartDate, w.EndDate, format, " -- "))}\\par\n");
            s.Append("\\textit{Selected achievements:}\n\\begin{itemize}\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n\\vspace{3pt}\n");
        }
        if (r.Volunteer is { Count: > 0 } vol)
        {
            s.Append($"\\heading{{{X(CareerHtml.Heading(c, f => f.ServiceHeadings, random, "Board Service"))}}}\n");
            foreach (var v in vol) s.Append($"\\textbf{{{X(v.Position)}}}, {X(v.Organization)} \\hfill {X(Look.Range(v.StartDate, v.EndDate, "yyyy", " -- "))}\\par\n");
        }
        s.Append("\\heading{Education}\n");
        foreach (var e in r.Education!) s.Append($"\\textbf{{{X(FieldHtml.DegreeName(e))}}}, {X(e.Institution)}\\par\n");
        if (r.Certificates is { Count: > 0 } certs)
        {
            s.Append($"\\heading{{{X(CareerHtml.Heading(c, f => f.CredentialHeadings, random, "Certifications"))}}}\n");
            s.Append(string.Join("\\\\\n", certs.Select(x => $"{X(x.Name)}, {X(x.Issuer)}"))).Append("\\par\n");
        }
        if (r.Languages is { Count: > 0 } langs) s.Append($"\\heading{{Languages}}\n{X(string.Join(", ", langs.Select(c.Language)))}\\par\n");
        s.Append("\\end{document}\n");
        return Made(c, s.ToString());
    }
}
