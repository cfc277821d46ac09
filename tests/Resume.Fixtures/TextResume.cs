using System.Text;

namespace Resume.Fixtures;

/// <summary>Plain-text and Markdown resumes.</summary>
public static class TextResume
{
    /// <summary>Capitals headings underlined with "=", dates pushed right with spaces, "▪" bullets wrapped at 80 columns.</summary>
    public static string Plain(Person person, DateStyle? dates = null)
    {
        dates ??= DateStyle.LongMonth;
        var text = new StringBuilder();
        text.AppendLine(person.Name).AppendLine(person.Label);
        text.AppendLine($"{person.City}, {person.Region} · {person.Email} · {person.Phone}");
        if (person.GitHub is not null)
        {
            text.AppendLine($"github.com/{person.GitHub}");
        }
        Heading("Summary");
        Wrap(person.Summary, "", "");
        Heading("Experience");
        foreach (var job in person.Jobs)
        {
            Spread($"{job.Position}, {job.Company}", dates.Range(job.Start, job.End));
            if (job.Location is not null)
            {
                text.AppendLine(job.Location);
            }
            foreach (var highlight in job.Highlights)
            {
                Wrap(highlight, "  ▪ ", "    ");
            }
            text.AppendLine();
        }
        Heading("Education");
        foreach (var school in person.Schools)
        {
            Spread(school.Institution, dates.Range(school.Start, school.End));
            text.AppendLine($"{school.Degree}, {school.Area}" + (school.Grade is null ? "" : $" ({school.Grade})"));
        }
        Heading("Skills");
        foreach (var group in person.Skills)
        {
            text.AppendLine($"    {group.Name}: {string.Join(", ", group.Keywords)}");
        }
        if (person.Certificates.Count > 0)
        {
            Heading("Certifications");
            foreach (var cert in person.Certificates)
            {
                text.AppendLine($"{cert.Name}, {cert.Issuer}, {dates.One(cert.Date)}");
            }
        }
        if (person.Languages.Count > 0)
        {
            Heading("Languages");
            text.AppendLine(string.Join(", ", person.Languages.Select(l => $"{l.Language} ({l.Fluency})")));
        }
        return text.ToString();

        void Heading(string title)
        {
            text.AppendLine().AppendLine(title.ToUpperInvariant()).AppendLine(new string('=', title.Length));
        }

        void Spread(string left, string right) =>
            text.AppendLine(left + new string(' ', Math.Max(3, 80 - left.Length - right.Length)) + right);

        void Wrap(string content, string first, string rest)
        {
            var line = new StringBuilder(first);
            foreach (var word in content.Split(' '))
            {
                if (line.Length + word.Length + 1 > 80 && line.Length > first.Length)
                {
                    text.AppendLine(line.ToString().TrimEnd());
                    line.Clear().Append(rest);
                }
                line.Append(word).Append(' ');
            }
            text.AppendLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>"#" name, "##" sections, "-" bullets, bold company lines, links.</summary>
    public static string Markdown(Person person, DateStyle? dates = null)
    {
        dates ??= DateStyle.ShortMonth;
        var text = new StringBuilder();
        text.AppendLine($"# {person.Name}").AppendLine().AppendLine($"**{person.Label}**").AppendLine();
        var contact = new List<string> { person.Email, person.Phone, $"{person.City}, {person.Region}" };
        if (person.GitHub is not null)
        {
            contact.Add($"[GitHub](https://github.com/{person.GitHub})");
        }
        text.AppendLine(string.Join(" | ", contact)).AppendLine();
        text.AppendLine("## Summary").AppendLine().AppendLine(person.Summary).AppendLine();
        text.AppendLine("## Experience").AppendLine();
        foreach (var job in person.Jobs)
        {
            text.AppendLine($"### {job.Position} — {job.Company}").AppendLine();
            text.AppendLine($"*{dates.Range(job.Start, job.End)}*").AppendLine();
            foreach (var highlight in job.Highlights)
            {
                text.AppendLine($"- {highlight}");
            }
            text.AppendLine();
        }
        text.AppendLine("## Education").AppendLine();
        foreach (var school in person.Schools)
        {
            text.AppendLine($"**{school.Institution}** — {school.Degree} in {school.Area}, {dates.Range(school.Start, school.End)}").AppendLine();
        }
        text.AppendLine("## Skills").AppendLine();
        foreach (var group in person.Skills)
        {
            text.AppendLine($"- **{group.Name}:** {string.Join(", ", group.Keywords)}");
        }
        return text.ToString();
    }

    /// <summary>Numbered capital headings ("1. CAREER HISTORY"), employer and title on lines of their own, ranges
    /// separated by a soft hyphen between spaces (as some word processors save a dash), and the contact details only in
    /// a closing paragraph.</summary>
    public static string NumberedWithClosingContact(Person person, DateStyle dates)
    {
        var text = new StringBuilder();
        text.AppendLine(person.Name).AppendLine(person.Label).AppendLine();
        text.AppendLine("1. PROFILE").AppendLine().AppendLine(person.Summary).AppendLine();
        text.AppendLine("2. CAREER HISTORY").AppendLine();
        foreach (var job in person.Jobs)
        {
            text.AppendLine(job.Company).AppendLine(job.Position);
            text.AppendLine(dates.Range(job.Start, job.End).Replace(dates.Separator, " \u00AD ", StringComparison.Ordinal));
            foreach (var highlight in job.Highlights)
            {
                text.AppendLine($"  * {highlight}");
            }
            text.AppendLine();
        }
        text.AppendLine("3. EDUCATION").AppendLine();
        foreach (var school in person.Schools)
        {
            text.AppendLine(school.Institution).AppendLine($"{school.Degree}, {school.Area}").AppendLine();
        }
        text.AppendLine("4. SKILLS").AppendLine();
        foreach (var group in person.Skills)
        {
            text.AppendLine($"{group.Name}: {string.Join(", ", group.Keywords)}");
        }
        text.AppendLine();
        text.AppendLine($"I would be glad to talk: write to {person.Email} or call {person.Phone}.");
        return text.ToString();
    }
}
