using System.Text.RegularExpressions;

namespace Resume.Fixtures;

/// <summary>
/// Many résumés from the field people, each a seeded variation of the kind people really send: summaries missing or
/// vague, bullets without figures or opening weakly, skills in one list, contact details left out, certifications
/// dropped, jobs shifted (gaps, overlaps, bare years), careers of other lengths, and bullets borrowed from another
/// field. The same seed always gives the same people.
/// </summary>
public static partial class PeopleGenerator
{
    private static readonly string[] WeakOpeners = ["Responsible for", "Worked on", "Helped with", "Duties included"];
    private static readonly string[] VagueSummaries =
    [
        "Hard-working team player who loves solving problems and learning new things every day.",
        "Motivated professional seeking a challenging role in a growing organisation.",
    ];

    /// <summary><paramref name="count"/> variations of each field person, with the guide each was written for.</summary>
    public static IEnumerable<(string Role, Person Person)> Generate(int count, int seed = 20261204)
    {
        var random = new Random(seed);
        var fields = FieldPeople.ByRole.ToList();
        foreach (var (role, person) in fields)
        {
            for (var i = 0; i < count; i++)
            {
                var other = fields[random.Next(fields.Count)].Value;
                yield return (role, Vary(person, other, random));
            }
        }
    }

    public static Person Vary(Person person, Person other, Random random)
    {
        bool Chance(double p) => random.NextDouble() < p;

        var shiftYears = random.Next(-4, 5);
        var jobs = person.Jobs.Select((job, j) =>
        {
            var highlights = job.Highlights.Select(h =>
            {
                var text = h;
                if (Chance(0.3))
                {
                    text = Spaces().Replace(Figures().Replace(text, ""), " ").Trim();
                }
                if (Chance(0.2))
                {
                    text = $"{WeakOpeners[random.Next(WeakOpeners.Length)]} {(text.Split(' ', 2) is [_, var rest] ? rest : text)}";
                }
                return text;
            }).Where(_ => !Chance(0.1)).ToList();
            if (Chance(0.2) && other.Jobs.Count > 0)
            {
                highlights.Add(other.Jobs[0].Highlights[random.Next(other.Jobs[0].Highlights.Count)]);
            }
            // Move the whole career by whole years, and now and then by months, so experience lengths vary (6.4, 7, 9.1…).
            var start = job.Start.AddYears(shiftYears).AddMonths(Chance(0.3) ? random.Next(-7, 8) : 0);
            var end = job.End?.AddYears(shiftYears);
            if (j > 0 && Chance(0.15))
            {
                end = end?.AddMonths(-random.Next(8, 15)); // a gap before the next job
            }
            if (j > 0 && Chance(0.1))
            {
                end = end?.AddMonths(random.Next(3, 9)); // an overlap
            }
            if (end is { } e && e <= start)
            {
                end = start.AddMonths(6);
            }
            if (end is { } past && past > new DateOnly(2026, 5, 1))
            {
                end = null;
            }
            return job with { Start = start, End = end, Highlights = highlights };
        }).ToList();
        if (Chance(0.15) && jobs.Count > 1)
        {
            (jobs[0], jobs[1]) = (jobs[1], jobs[0]);
        }
        if (Chance(0.1) && jobs.Count > 1)
        {
            jobs.RemoveAt(jobs.Count - 1);
        }

        var skills = person.Skills.ToList();
        if (Chance(0.25))
        {
            skills = [new SkillGroup(Chance(0.5) ? "Skills" : "", skills.SelectMany(s => s.Keywords).ToList())];
        }
        else if (Chance(0.15) && skills.Count > 1)
        {
            skills = [skills[0] with { Name = "Technical Skills" }, .. skills.Skip(1)];
        }
        if (Chance(0.1))
        {
            skills = [.. skills, other.Skills[0]];
        }

        return person with
        {
            Summary = Chance(0.15) ? "" : Chance(0.2) ? VagueSummaries[random.Next(VagueSummaries.Length)] : person.Summary,
            Phone = Chance(0.15) ? "" : person.Phone,
            LinkedIn = Chance(0.3) ? null : person.LinkedIn,
            GitHub = Chance(0.3) ? null : person.GitHub,
            Jobs = jobs,
            Skills = skills,
            Certificates = Chance(0.3) ? [] : Chance(0.15) ? [.. person.Certificates, .. other.Certificates] : person.Certificates,
            Schools = Chance(0.1) ? [] : person.Schools,
        };
    }

    [GeneratedRegex(@"[$€£]?\d[\d,.]*(?:[%+×]|[xXkKmMbB](?![a-zA-Z])|ms(?![a-zA-Z])|s(?![a-zA-Z]))*")]
    private static partial Regex Figures();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
