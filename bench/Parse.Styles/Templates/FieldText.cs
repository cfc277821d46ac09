using System.Text;
using Parse.Holdout.Layouts;

namespace Parse.Styles.Templates;

/// <summary>A tradesperson's plain-text resume as typed in a simple editor: capital headings, licences before the work
/// history, "Title — Employer, Place" over a dates line and two or three short dash bullets, one-line education, a
/// comma list of skills and "References available upon request" at the end.</summary>
internal static class FieldText
{
    public static Source Trades(Content c, Random random)
    {
        var r = c.Resume;
        var sb = new StringBuilder();
        sb.AppendLine(c.Name.ToUpperInvariant()).AppendLine(string.Join(" · ", c.ContactPieces())).AppendLine();
        void Heading(string text) => sb.AppendLine().AppendLine(text.ToUpperInvariant()).AppendLine(random.Next(2) == 0 ? new string('-', text.Length) : "");
        if (r.Basics.Summary is { } summary)
        {
            Heading("Objective");
            sb.AppendLine(summary);
        }
        Heading(random.Next(2) == 0 ? "Licenses & Certifications" : "Licenses");
        foreach (var x in r.Certificates!) sb.AppendLine($"- {x.Name} ({Look.Date(x.Date, "yyyy")})");
        Heading(random.Next(2) == 0 ? "Work History" : "Experience");
        var format = random.Next(2) == 0 ? "MM/yyyy" : "MMM yyyy";
        foreach (var w in r.Work!)
        {
            sb.AppendLine($"{w.Position} — {w.Name}{(w.Location is { } l ? ", " + l : "")}");
            sb.AppendLine(Look.Range(w.StartDate, w.EndDate, format, " to "));
            foreach (var h in w.Highlights) sb.AppendLine($"- {h}");
            sb.AppendLine();
        }
        Heading("Education & Training");
        foreach (var e in r.Education!) sb.AppendLine($"{FieldHtml.DegreeName(e)}, {e.Institution}, {Look.Date(e.EndDate, "yyyy")}");
        Heading("Skills");
        sb.AppendLine(string.Join(", ", Look.Keywords(r)));
        Heading("References");
        sb.AppendLine(r.References![0].Name + ".");
        return new Source(sb.ToString());
    }
}
