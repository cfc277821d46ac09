using System.Text;

namespace Parse.Holdout.Layouts;

/// <summary>A plain-text resume: headings in capitals or underlined, bullets as the person's bullet glyph, dates after
/// a separator or padded to the right.</summary>
internal static class TextLayout
{
    private const int Width = 78;

    public static string Render(Content c, Random random)
    {
        var underline = random.NextDouble() < 0.5;
        var r = c.Resume;
        var s = c.Style;
        var sb = new StringBuilder();
        sb.AppendLine(c.Name);
        if (r.Basics.Label is { } label)
        {
            sb.AppendLine(label);
        }
        sb.AppendLine(string.Join(s.ContactSep, c.ContactPieces()));
        foreach (var section in c.Sections())
        {
            sb.AppendLine();
            var heading = c.Heading(section);
            if (underline)
            {
                sb.AppendLine(heading).AppendLine(new string(random.NextDouble() < 0.5 ? '=' : '-', heading.Length));
            }
            else
            {
                sb.AppendLine(heading.ToUpperInvariant());
            }
            switch (section)
            {
                case "summary":
                    Wrap(sb, r.Basics.Summary!, "");
                    break;
                case "work":
                    foreach (var w in r.Work!)
                    {
                        var (first, second) = c.WorkTitles(w);
                        Dated(sb, c, first, s.Range(w.StartDate, w.EndDate));
                        sb.AppendLine(w.Location is { } loc ? $"{second}, {loc}" : second);
                        foreach (var h in w.Highlights)
                        {
                            Wrap(sb, h, s.Bullet + " ");
                        }
                        sb.AppendLine();
                    }
                    break;
                case "education":
                    foreach (var e in r.Education!)
                    {
                        Dated(sb, c, e.Institution, s.Range(e.StartDate, e.EndDate));
                        sb.AppendLine(e.Score is { } g ? $"{c.Degree(e)} ({g})" : c.Degree(e));
                    }
                    break;
                case "skills":
                    foreach (var g in r.Skills!)
                    {
                        Wrap(sb, $"{g.Name}: {string.Join(", ", g.Keywords)}", "");
                    }
                    break;
                case "projects":
                    foreach (var p in r.Projects!)
                    {
                        sb.AppendLine(p.StartDate is not null ? $"{p.Name} | {s.Range(p.StartDate, p.EndDate)}" : p.Name);
                        Wrap(sb, p.Description, "");
                        if (p.Url is { } u)
                        {
                            sb.AppendLine(u);
                        }
                    }
                    break;
                case "certificates":
                    Lines(sb, r.Certificates!.Select(c.Certificate), s.Bullet);
                    break;
                case "volunteer":
                    foreach (var v in r.Volunteer!)
                    {
                        Dated(sb, c, $"{v.Position}, {v.Organization}", s.Range(v.StartDate, v.EndDate));
                        if (v.Summary is { } sum)
                        {
                            Wrap(sb, sum, "");
                        }
                    }
                    break;
                case "awards":
                    Lines(sb, r.Awards!.Select(c.Award), s.Bullet);
                    break;
                case "publications":
                    Lines(sb, r.Publications!.Select(c.Publication), s.Bullet);
                    break;
                case "languages":
                    sb.AppendLine(string.Join(", ", r.Languages!.Select(c.Language)));
                    break;
                case "interests":
                    sb.AppendLine(string.Join(", ", r.Interests!.Select(i => i.Name)));
                    break;
                case "references":
                    foreach (var x in r.References!)
                    {
                        sb.AppendLine(c.Reference(x));
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Dated(StringBuilder sb, Content c, string first, string dates)
    {
        if (c.DatePlacement == "right" && first.Length + dates.Length + 4 <= Width)
        {
            sb.Append(first).Append(' ', Width - first.Length - dates.Length).AppendLine(dates);
        }
        else if (c.DatePlacement == "below")
        {
            sb.AppendLine(first).AppendLine(dates);
        }
        else
        {
            sb.AppendLine($"{first} | {dates}");
        }
    }

    private static void Lines(StringBuilder sb, IEnumerable<string> lines, string bullet)
    {
        foreach (var line in lines)
        {
            Wrap(sb, line, bullet + " ");
        }
    }

    private static void Wrap(StringBuilder sb, string text, string lead)
    {
        var line = new StringBuilder(lead);
        var indent = new string(' ', lead.Length);
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > Width && line.Length > lead.Length)
            {
                sb.AppendLine(line.ToString().TrimEnd());
                line.Clear().Append(indent);
            }
            line.Append(word).Append(' ');
        }
        sb.AppendLine(line.ToString().TrimEnd());
    }
}
