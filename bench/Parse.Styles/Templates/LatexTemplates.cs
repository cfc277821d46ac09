using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>LaTeX resumes: moderncv's other styles, the europasscv class, currvita's date lists, and documents written
/// here in the structure of the most copied public templates (an sb2nov/"Jake's resume" article, an Awesome-CV-like
/// header with icons, an AltaCV-like two-column page with paracol, icons and skill dots).</summary>
internal static class LatexTemplates
{
    private static string X(string s) => LatexLayouts.Escape(s);

    private static bool Unicode(Content c) => LatexLayouts.NeedsUnicodeEngine(c.Resume);

    /// <summary>pdfLaTeX preamble (T1, lmodern, glyph-to-Unicode map), or fontspec with DejaVu for other scripts.</summary>
    private static string Fonts(bool unicode, string serif = "DejaVu Serif") => unicode
        ? $"\\usepackage{{fontspec}}\n\\setmainfont{{{serif}}}\n\\setsansfont{{DejaVu Sans}}\n"
        : "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n";

    public static Source ModernCv(Content c, string style) =>
        Unicode(c) ? new Source(LatexLayouts.ModernCv(c, style, true, true), Engine: "xelatex") : new Source(LatexLayouts.ModernCv(c, style, false, false));

    /// <summary>The sb2nov / "Jake's resume" structure: a centred name, a contact line with bars, small caps headings
    /// over a rule, each entry a two-row tabular (organisation and place; title and dates), small bullet items.</summary>
    public static Source Jake(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder();
        s.Append("\\documentclass[letterpaper,11pt]{article}\n").Append(Fonts(Unicode(c)));
        s.Append("""
            \usepackage[hidelinks]{hyperref}
            \usepackage{titlesec}
            \usepackage{enumitem}
            \usepackage[empty]{fullpage}
            \usepackage{tabularx}
            \addtolength{\oddsidemargin}{-0.5in}\addtolength{\textwidth}{1in}\addtolength{\topmargin}{-.5in}\addtolength{\textheight}{1.0in}
            \raggedbottom\raggedright\setlength{\tabcolsep}{0in}
            \titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\titlerule \vspace{-5pt}]
            \newcommand{\sub}[4]{\vspace{-2pt}\item\begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}\textbf{#1} & #2 \\ \textit{\small#3} & \textit{\small #4} \\\end{tabular*}\vspace{-7pt}}
            \newcommand{\li}[1]{\item\small{#1 \vspace{-2pt}}}
            \renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
            \begin{document}

            """);
        var contact = new List<string>();
        if (b.Phone is { } p) contact.Add(X(p));
        contact.Add($"\\href{{mailto:{b.Email}}}{{\\underline{{{X(b.Email)}}}}}");
        foreach (var pr in b.Profiles ?? []) contact.Add($"\\href{{{pr.Url}}}{{\\underline{{{X(Style.NoScheme(pr.Url))}}}}}");
        if (b.Url is { } u) contact.Add($"\\href{{{u}}}{{\\underline{{{X(Style.NoScheme(u))}}}}}");
        if (c.Location.Length > 0) contact.Add(X(c.Location));
        s.Append($"\\begin{{center}}\\textbf{{\\Huge \\scshape {X(b.Name)}}} \\\\ \\vspace{{1pt}}\\small {string.Join(" $|$ ", contact)}\\end{{center}}\n");
        foreach (var section in c.Sections())
        {
            s.Append($"\\section{{{X(c.Heading(section))}}}\n");
            switch (section)
            {
                case "summary":
                    s.Append(X(b.Summary!)).Append('\n');
                    break;
                case "work":
                    s.Append("\\begin{itemize}[leftmargin=0.15in, label={}]\n");
                    foreach (var w in r.Work!)
                    {
                        s.Append($"\\sub{{{X(w.Name)}}}{{{X(w.Location ?? "")}}}{{{X(w.Position)}}}{{{X(Look.Range(w.StartDate, w.EndDate, "MMM. yyyy", " -- "))}}}\n");
                        s.Append("\\begin{itemize}\n").Append(string.Concat(w.Highlights.Select(h => $"\\li{{{X(h)}}}\n"))).Append("\\end{itemize}\\vspace{-5pt}\n");
                    }
                    s.Append("\\end{itemize}\n");
                    break;
                case "education":
                    s.Append("\\begin{itemize}[leftmargin=0.15in, label={}]\n");
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\sub{{{X(e.Institution)}}}{{}}{{{X(c.Degree(e))}}}{{{X(Look.Range(e.StartDate, e.EndDate, "MMM. yyyy", " -- "))}}}\n");
                    }
                    s.Append("\\end{itemize}\n");
                    break;
                case "skills":
                    s.Append("\\begin{itemize}[leftmargin=0.15in, label={}]\\small{\\item{\n");
                    s.Append(string.Join(" \\\\\n", r.Skills!.Select(g => $"\\textbf{{{X(g.Name)}}}{{: {X(string.Join(", ", g.Keywords))}}}")));
                    s.Append("\n}}\\end{itemize}\n");
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        s.Append("\\end{document}\n");
        return new Source(s.ToString(), Engine: Unicode(c) ? "lualatex" : null);
    }

    /// <summary>An Awesome-CV-like page: a centred header with a light first name and bold last name, the position in
    /// small caps, contact pieces behind Font Awesome icons; sections with a coloured opening; entries with the title and
    /// place on one row, the organisation in small caps and the dates in italics on the next.</summary>
    public static Source Awesome(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder();
        s.Append("\\documentclass[11pt,a4paper]{article}\n\\usepackage{fontspec}\n\\setmainfont{DejaVu Sans}\n");
        s.Append("""
            \usepackage[margin=1.4cm]{geometry}
            \usepackage{fontawesome5}
            \usepackage{xcolor}
            \usepackage[hidelinks]{hyperref}
            \usepackage{enumitem}
            \usepackage{titlesec}
            \definecolor{awesome}{HTML}{DC3522}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \titleformat{\section}{\Large\bfseries}{}{0em}{\color{awesome}}[\vspace{-6pt}\color{gray}\rule{\textwidth}{0.4pt}]
            \newcommand{\entry}[4]{\textbf{#1}\hfill{\small\color{awesome}\slshape #3}\\{\small\scshape\color{gray}#2}\hfill{\small\slshape\color{gray}#4}\\[-2pt]}
            \begin{document}

            """);
        s.Append($"\\begin{{center}}{{\\fontsize{{28}}{{32}}\\selectfont {X(Look.First(b.Name))} \\textbf{{{X(Look.Rest(b.Name))}}}}}\\\\[4pt]");
        if (b.Label is { } label) s.Append($"{{\\small\\scshape\\color{{awesome}} {X(label)}}}\\\\[3pt]");
        var contact = new List<string>();
        if (b.Phone is { } p) contact.Add($"\\faMobile*\\ {X(Look.Phone(p, 1))}");
        contact.Add($"\\faEnvelope\\ \\href{{mailto:{b.Email}}}{{{X(b.Email)}}}");
        if (b.Url is { } u) contact.Add($"\\faHome\\ \\href{{{u}}}{{{X(Style.NoScheme(u))}}}");
        foreach (var pr in b.Profiles ?? []) contact.Add($"{(pr.Network == "GitHub" ? "\\faGithub" : "\\faLinkedin")}\\ \\href{{{pr.Url}}}{{{X(pr.Username)}}}");
        if (c.Location.Length > 0) contact.Add($"\\faMapMarker*\\ {X(c.Location)}");
        s.Append($"{{\\footnotesize {string.Join(" \\enspace{\\color{gray}|}\\enspace ", contact)}}}\\end{{center}}\n");
        foreach (var section in c.Sections())
        {
            var heading = X(c.Heading(section));
            s.Append($"\\section*{{{heading}}}\n");
            switch (section)
            {
                case "summary":
                    s.Append(X(b.Summary!)).Append('\n');
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"\\entry{{{X(w.Position)}}}{{{X(w.Name)}}}{{{X(w.Location ?? "")}}}{{{X(Look.Range(w.StartDate, w.EndDate, "MMM. yyyy", " -- "))}}}\n");
                        s.Append("\\begin{itemize}[leftmargin=1.2em,itemsep=0pt,topsep=1pt]\\small\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\entry{{{X(c.Degree(e))}}}{{{X(e.Institution)}}}{{}}{{{X(Look.Range(e.StartDate, e.EndDate, "MMM. yyyy", " -- "))}}}\n");
                    }
                    break;
                case "skills":
                    s.Append("\\begin{tabular}{@{}r@{\\hspace{8pt}}p{0.78\\textwidth}}\n");
                    s.Append(string.Concat(r.Skills!.Select(g => $"\\textbf{{{X(g.Name)}}} & {X(string.Join(", ", g.Keywords))} \\\\\n")));
                    s.Append("\\end{tabular}\n");
                    break;
                default:
                    s.Append(Generic(c, section));
                    break;
            }
        }
        s.Append("\\end{document}\n");
        return new Source(s.ToString());
    }

    /// <summary>An AltaCV-like page: paracol with a wide left column (experience, projects) and a narrow right one
    /// (skills as rows of dots, tags, education, languages); each event has its title, the organisation, and a line with
    /// a calendar icon before the dates and a marker before the place.</summary>
    public static Source Alta(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var s = new StringBuilder();
        s.Append("\\documentclass[10pt,a4paper]{article}\n\\usepackage{fontspec}\n\\setmainfont{DejaVu Sans}\n");
        s.Append("""
            \usepackage[margin=1.2cm]{geometry}
            \usepackage{fontawesome5}
            \usepackage{xcolor}
            \usepackage{paracol}
            \usepackage{tikz}
            \usepackage[hidelinks]{hyperref}
            \usepackage{enumitem}
            \definecolor{accent}{HTML}{8F0D0D}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \newcommand{\cvsection}[1]{\vspace{8pt}{\color{accent}\Large\bfseries\MakeUppercase{#1}}\\[-4pt]{\color{accent}\rule{\linewidth}{1.5pt}}\\[2pt]}
            \newcommand{\cvevent}[4]{{\large\color{accent}#1}\\\textbf{#2}\\{\small\faCalendar[regular]\ #3\hspace{1em}\faMapMarker*\ #4}\\[-6pt]}
            \newcommand{\cvskill}[2]{#1\hfill\foreach \x in {1,...,5}{\ifnum\x>#2\color{gray!40}\fi\tikz\fill (0,0) circle (2.5pt);\ }\\[-1pt]}
            \newcommand{\cvtag}[1]{\tikz[baseline]\node[anchor=base,draw=accent,rounded corners,inner sep=2pt]{#1};\ }
            \columnratio{0.62}
            \begin{document}

            """);
        s.Append($"{{\\Huge\\bfseries {X(b.Name.ToUpperInvariant())}}}\\\\[4pt]");
        if (b.Label is { } label) s.Append($"{{\\large\\color{{accent}} {X(label)}}}\\\\[4pt]");
        var contact = new List<string> { $"\\faAt\\ \\href{{mailto:{b.Email}}}{{{X(b.Email)}}}" };
        if (b.Phone is { } p) contact.Add($"\\faPhone\\ {X(p)}");
        if (c.Location.Length > 0) contact.Add($"\\faMapMarker*\\ {X(c.Location)}");
        if (b.Url is { } u) contact.Add($"\\faGlobe\\ \\href{{{u}}}{{{X(Style.NoScheme(u))}}}");
        foreach (var pr in b.Profiles ?? []) contact.Add($"{(pr.Network == "GitHub" ? "\\faGithub" : "\\faLinkedin")}\\ \\href{{{pr.Url}}}{{{X(Style.NoScheme(pr.Url))}}}");
        s.Append($"{{\\small {string.Join("\\hspace{1.5em}", contact)}}}\\\\\n\\begin{{paracol}}{{2}}\n");
        string[] right = ["skills", "education", "languages", "certificates", "interests"];
        foreach (var section in c.Sections().Where(x => !right.Contains(x)))
        {
            s.Append(Alta(c, section, random));
        }
        s.Append("\\switchcolumn\n");
        foreach (var section in c.Sections().Where(x => right.Contains(x)))
        {
            s.Append(Alta(c, section, random));
        }
        s.Append("\\end{paracol}\n\\end{document}\n");
        return new Source(s.ToString(), Engine: "lualatex");
    }

    private static string Alta(Content c, string section, Random random)
    {
        var r = c.Resume;
        var s = new StringBuilder($"\\cvsection{{{X(c.Heading(section))}}}\n");
        switch (section)
        {
            case "summary":
                s.Append(X(r.Basics.Summary!)).Append("\\\\\n");
                break;
            case "work":
                foreach (var w in r.Work!)
                {
                    s.Append($"\\cvevent{{{X(w.Position)}}}{{{X(w.Name)}}}{{{X(Look.Range(w.StartDate, w.EndDate, "MMMM yyyy", " -- "))}}}{{{X(w.Location ?? c.Location)}}}\n");
                    s.Append("\\begin{itemize}[leftmargin=1em,itemsep=0pt,topsep=2pt]\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\\medskip\n");
                }
                break;
            case "education":
                foreach (var e in r.Education!)
                {
                    s.Append($"\\cvevent{{{X(c.Degree(e))}}}{{{X(e.Institution)}}}{{{X(Look.Range(e.StartDate, e.EndDate, "MMM yyyy", " -- "))}}}{{}}\\medskip\n");
                }
                break;
            case "skills":
                var keywords = Look.Keywords(r).ToList();
                foreach (var k in keywords.Take(keywords.Count / 2))
                {
                    s.Append($"\\cvskill{{{X(k)}}}{{{random.Next(2, 6)}}}\n");
                }
                s.Append(string.Concat(keywords.Skip(keywords.Count / 2).Select(k => $"\\cvtag{{{X(k)}}}"))).Append("\\\\\n");
                break;
            case "languages":
                foreach (var l in r.Languages!)
                {
                    s.Append($"\\cvskill{{{X(l.Name)}}}{{{random.Next(2, 6)}}}\n");
                }
                break;
            default:
                s.Append(Generic(c, section));
                break;
        }
        return s.ToString();
    }

    /// <summary>The europasscv class (the 2013 Europass model): labels and dates in a right-aligned left column.</summary>
    public static Source Europass(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var unicode = Unicode(c);
        var s = new StringBuilder("\\documentclass[english,a4paper]{europasscv}\n");
        s.Append(unicode ? "\\usepackage{fontspec}\n\\setmainfont{DejaVu Sans}\n" : "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n");
        s.Append("\\usepackage[english]{babel}\n");
        s.Append($"\\ecvname{{{X(b.Name)}}}\n");
        if (c.Location.Length > 0) s.Append($"\\ecvaddress{{{X(c.Location)}}}\n");
        if (b.Phone is { } p) s.Append($"\\ecvmobile{{{X(p)}}}\n");
        s.Append($"\\ecvemail{{{X(b.Email)}}}\n");
        if (b.Url is { } u) s.Append($"\\ecvhomepage{{{X(Style.NoScheme(u))}}}\n");
        foreach (var pr in b.Profiles ?? []) s.Append(pr.Network == "GitHub" ? $"\\ecvgithubpage{{{X(Style.NoScheme(pr.Url))}}}\n" : $"\\ecvlinkedinpage{{{X(Style.NoScheme(pr.Url))}}}\n");
        s.Append("\\begin{document}\n\\begin{europasscv}\n\\ecvpersonalinfo\n");
        if (b.Label is { } label) s.Append($"\\ecvitem{{\\ecvhighlight{{JOB APPLIED FOR}}}}{{\\ecvhighlight{{{X(label)}}}}}\n");
        foreach (var section in c.Sections())
        {
            s.Append($"\\ecvsection{{{X(c.Heading(section))}}}\n");
            switch (section)
            {
                case "summary":
                    s.Append($"\\ecvitem{{}}{{{X(b.Summary!)}}}\n");
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"\\ecvtitle{{{X(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", "--", "present"))}}}{{{X(w.Position)}}}\n");
                        s.Append($"\\ecvitem{{}}{{{X(w.Name)}{(w.Location is { } l ? ", " + X(l) : "")}}}\n");
                        s.Append("\\ecvitem{}{\\begin{ecvitemize}\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{ecvitemize}}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\ecvtitle{{{X(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", "--"))}}}{{{X(c.Degree(e))}}}\n\\ecvitem{{}}{{{X(e.Institution)}}}\n");
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!) s.Append($"\\ecvitem{{{X(g.Name)}}}{{{X(string.Join(", ", g.Keywords))}}}\n");
                    break;
                case "languages":
                    s.Append($"\\ecvitem{{Other language(s)}}{{{X(string.Join(", ", r.Languages!.Select(c.Language)))}}}\n");
                    break;
                case "certificates":
                    foreach (var x in r.Certificates!) s.Append($"\\ecvitem{{{X(Look.Date(x.Date, "MM/yyyy"))}}}{{{X(x.Name)}, {X(x.Issuer)}}}\n");
                    break;
                default:
                    s.Append($"\\ecvitem{{}}{{{Generic(c, section).Replace("\n", " ")}}}\n");
                    break;
            }
        }
        s.Append("\\end{europasscv}\n\\end{document}\n");
        return new Source(s.ToString(), Engine: unicode ? "xelatex" : null);
    }

    /// <summary>The currvita package: a cvlist per section, the dates as the item label in a left column.</summary>
    public static Source CurrVita(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var unicode = Unicode(c);
        var s = new StringBuilder("\\documentclass[a4paper,11pt]{article}\n").Append(Fonts(unicode, "DejaVu Serif"));
        s.Append("\\usepackage[margin=2cm]{geometry}\n\\usepackage[NoDate]{currvita}\n\\usepackage[hidelinks]{hyperref}\n\\setlength{\\cvlabelwidth}{32mm}\n\\pagestyle{empty}\n\\begin{document}\n");
        var contact = string.Join("\\\\", new[] { X(b.Email), b.Phone is { } ph ? X(ph) : null, c.Location.Length > 0 ? X(c.Location) : null }
            .Concat((b.Profiles ?? []).Select(p => X(Style.NoScheme(p.Url)))).Concat(b.Url is { } u ? [X(Style.NoScheme(u))] : []).Where(x => x is not null));
        s.Append($"\\begin{{cv}}{{{X(b.Name)}}}\n\\begin{{flushright}}\\small {contact}\\end{{flushright}}\n");
        foreach (var section in c.Sections())
        {
            s.Append($"\\begin{{cvlist}}{{{X(c.Heading(section))}}}\n");
            switch (section)
            {
                case "summary":
                    s.Append($"\\item {X(b.Summary!)}\n");
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        s.Append($"\\item[{X(Look.Range(w.StartDate, w.EndDate, "MM/yyyy", " -- ", "today"))}] \\textbf{{{X(w.Position)}}}, {X(w.Name)}\\\\\n");
                        s.Append("\\begin{itemize}\n").Append(string.Concat(w.Highlights.Select(h => $"\\item {X(h)}\n"))).Append("\\end{itemize}\n");
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        s.Append($"\\item[{X(Look.Range(e.StartDate, e.EndDate, "MM/yyyy", " -- "))}] {X(c.Degree(e))}, \\textit{{{X(e.Institution)}}}\n");
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!) s.Append($"\\item[{X(g.Name)}] {X(string.Join(", ", g.Keywords))}\n");
                    break;
                default:
                    s.Append($"\\item {Generic(c, section)}\n");
                    break;
            }
            s.Append("\\end{cvlist}\n");
        }
        s.Append("\\end{cv}\n\\end{document}\n");
        return new Source(s.ToString(), Engine: unicode ? "xelatex" : null);
    }

    /// <summary>The smaller sections as plain lines, for templates that give them no form of their own.</summary>
    internal static string Generic(Content c, string section)
    {
        var r = c.Resume;
        IEnumerable<string> lines = section switch
        {
            "summary" => [X(r.Basics.Summary!)],
            "projects" => r.Projects!.Select(p => $"\\textbf{{{X(p.Name)}}}: {X(p.Description)}"),
            "certificates" => r.Certificates!.Select(x => X(c.Certificate(x))),
            "volunteer" => r.Volunteer!.Select(v => $"{X(v.Position)}, {X(v.Organization)} ({X(c.Style.Range(v.StartDate, v.EndDate))})"),
            "awards" => r.Awards!.Select(a => X(c.Award(a))),
            "publications" => r.Publications!.Select(p => X(c.Publication(p))),
            "languages" => [X(string.Join(", ", r.Languages!.Select(c.Language)))],
            "interests" => [X(string.Join(", ", r.Interests!.Select(i => i.Name)))],
            "references" => r.References!.Select(x => X(c.Reference(x))),
            _ => [],
        };
        return string.Join("\\\\\n", lines) + "\n";
    }
}
