using System.Text;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>A resume pasted into the body of an e-mail and saved as text: the mail client wrapped every line at 72
/// characters (bullets continue on indented lines, the skills list runs over several lines), headings are capitals or
/// "Heading:" lines, separators are rows of dashes or equals signs, and each job is "Title, Company (Town)" over a
/// dates line.</summary>
internal static class CareerText
{
    private const int Width = 72;

    private static IEnumerable<string> Wrap(string text, string first, string rest)
    {
        var line = new StringBuilder(first);
        var fresh = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!fresh && line.Length + 1 + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear().Append(rest);
                fresh = true;
            }
            line.Append(fresh ? "" : " ").Append(word);
            fresh = false;
        }
        yield return line.ToString();
    }

    public static Source Email(Content c, Random random)
    {
        var r = c.Resume;
        var b = r.Basics;
        var sb = new StringBuilder();
        var caps = random.Next(2) == 0;
        var rule = random.Next(3) switch { 0 => '-', 1 => '=', _ => '\0' };
        var bullet = random.Next(2) == 0 ? "* " : "- ";
        void Lines(IEnumerable<string> lines) { foreach (var l in lines) sb.AppendLine(l); }
        void Heading(string text)
        {
            sb.AppendLine();
            var shown = caps ? text.ToUpperInvariant() : text + ":";
            sb.AppendLine(shown);
            if (rule != '\0') sb.AppendLine(new string(rule, shown.Length));
        }
        sb.AppendLine(b.Name);
        foreach (var piece in c.ContactPieces()) sb.AppendLine(piece);
        if (b.Summary is { } summary)
        {
            Heading(random.Next(2) == 0 ? "Summary" : "Profile");
            Lines(Wrap(summary, "", ""));
        }
        var format = random.Next(2) == 0 ? "MMM yyyy" : "MM/yyyy";
        Heading(CareerHtml.Heading(c, f => f.WorkHeadings, random, "Experience"));
        foreach (var w in r.Work!)
        {
            sb.AppendLine($"{w.Position}, {w.Name}{(w.Location is { } l ? $" ({l})" : "")}");
            sb.AppendLine(Look.Range(w.StartDate, w.EndDate, format, " - "));
            foreach (var h in w.Highlights) Lines(Wrap(h, bullet, "  "));
            sb.AppendLine();
        }
        Heading("Education");
        foreach (var e in r.Education!) Lines(Wrap($"{FieldHtml.DegreeName(e)}, {e.Institution}, {Look.Date(e.EndDate, "yyyy")}", "", ""));
        if (r.Certificates is { Count: > 0 } certs)
        {
            Heading(CareerHtml.Heading(c, f => f.CredentialHeadings, random, "Certifications"));
            foreach (var x in certs) Lines(Wrap($"{x.Name} ({x.Issuer}, {Look.Date(x.Date, "yyyy")})", bullet, "  "));
        }
        Heading("Skills");
        Lines(Wrap(string.Join(", ", Look.Keywords(r)), "", ""));
        if (r.Volunteer is { Count: > 0 } vol)
        {
            Heading(CareerHtml.Heading(c, f => f.ServiceHeadings, random, "Volunteer"));
            foreach (var v in vol) Lines(Wrap($"{v.Position}, {v.Organization}, {Look.Range(v.StartDate, v.EndDate, format, " - ")}", bullet, "  "));
        }
        if (r.Languages is { Count: > 0 } langs)
        {
            Heading("Languages");
            sb.AppendLine(string.Join(", ", langs.Select(c.Language)));
        }
        if (r.References is { Count: > 0 } refs)
        {
            sb.AppendLine();
            sb.AppendLine(refs[0].Name + ".");
        }
        sb.AppendLine().AppendLine("--").AppendLine(b.Name).AppendLine("Sent from my phone");
        return new Source(sb.ToString());
    }
}
