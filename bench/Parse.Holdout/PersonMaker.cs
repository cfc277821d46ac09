using System.Globalization;
using System.Text;

namespace Parse.Holdout;

/// <summary>Makes up one person's resume from the word lists; the same random source gives the same person.</summary>
internal sealed class PersonMaker(Random random)
{
    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(double p) => random.NextDouble() < p;

    private List<T> PickSome<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToList();

    public (Resume Resume, Family Family, int Level) Make() => Make(Pick(Families.All));

    /// <summary>A person of the given family (the styles' early-career and other-field people pick their own).</summary>
    public (Resume Resume, Family Family, int Level) Make(Family family)
    {
        var jobs = random.Next(1, 6);
        var level = Math.Clamp(jobs + random.Next(-1, 2), 1, 5);

        string name, slug;
        if (Chance(0.12))
        {
            (name, slug) = Pick(Words.OtherScriptNames);
        }
        else
        {
            var given = Pick(Words.GivenNames);
            var family1 = Pick(Words.FamilyNames);
            name = Chance(0.1) ? $"{given} {family1}-{Pick(Words.FamilyNames)}" : $"{given} {family1}";
            slug = Slug(given) + "." + Slug(family1.Split(' ')[^1]);
        }
        var place = Pick(Words.Places);
        var handle = slug.Replace(".", Chance(0.5) ? "" : "-") + (Chance(0.4) ? random.Next(10, 99).ToString(CultureInfo.InvariantCulture) : "");
        var profiles = new List<Profile>();
        if (Chance(0.85))
        {
            profiles.Add(new("LinkedIn", handle, $"https://www.linkedin.com/in/{handle}"));
        }
        if (family.Id is "backend" or "frontend" or "data" or "ml" or "devops" or "mobile" or "qa" ? Chance(0.75) : Chance(0.1))
        {
            var gh = Chance(0.5) ? handle.Replace("-", "") : slug.Split('.')[0] + slug.Split('.')[^1][0];
            profiles.Add(new("GitHub", gh, $"https://github.com/{gh}"));
        }
        if (Chance(0.3))
        {
            profiles = profiles.OrderBy(_ => random.Next()).ToList();
        }
        var end = new DateOnly(2025, random.Next(1, 13), 1);
        var work = MakeJobs(family, jobs, level, end, place);
        var firstStart = DateOnly.Parse(work[^1].StartDate, CultureInfo.InvariantCulture);

        var basics = new Basics
        {
            Name = name,
            Label = Chance(0.8) ? work[0].Position : null,
            Email = $"{(Chance(0.7) ? slug : slug.Replace(".", ""))}@{Pick(Words.MailDomains)}",
            Phone = Chance(0.9) ? Digits(place.Phone) : null,
            Url = Chance(0.35) ? $"https://{slug.Replace(".", "")}{Pick(Words.SiteTlds)}" : null,
            Summary = Chance(0.85) ? Summary(family, work, level) : null,
            Location = Chance(0.92) ? new Location(place.City, place.Country, place.Region) : null,
            Profiles = profiles.Count > 0 ? profiles : null,
        };
        var resume = new Resume
        {
            Basics = basics,
            Work = work,
            Education = MakeEducation(family, firstStart, level),
            Skills = MakeSkills(family),
        };
        if (Chance(0.55) && family.Projects.Length > 0)
        {
            resume.Projects = PickSome(family.Projects, random.Next(1, 4)).Select(p => MakeProject(p, family, basics)).ToList();
        }
        if (Chance(0.6))
        {
            resume.Certificates = PickSome(family.Certificates, random.Next(1, 4))
                .Select(c => new Certificate(c, Issuer(c), Iso(RandomMonth(firstStart, end)))).ToList();
        }
        if (Chance(0.5))
        {
            resume.Languages = PickSome(Words.Languages, random.Next(1, 4)).Select(l => new Language(l, Pick(Words.Fluencies))).ToList();
        }
        if (Chance(0.35))
        {
            resume.Awards = PickSome(Words.AwardTitles, random.Next(1, 3))
                .Select(a => new Award(a, Iso(RandomMonth(firstStart, end)), Pick(Words.Awarders))).ToList();
        }
        if (Chance(0.35))
        {
            resume.Volunteer = PickSome(Words.VolunteerOrgs, random.Next(1, 3)).Select(o =>
            {
                var start = RandomMonth(firstStart, end);
                return new Volunteer
                {
                    Organization = o,
                    Position = Pick(Words.VolunteerRoles),
                    StartDate = Iso(start),
                    EndDate = Chance(0.5) ? Iso(start.AddMonths(random.Next(6, 30)).Clamp(end)) : null,
                    Summary = Pick(Words.VolunteerSummaries),
                };
            }).ToList();
        }
        if (Chance(0.25))
        {
            resume.Publications = Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
                new Publication(PublicationTitle(family), Pick(Words.Publishers), Iso(RandomMonth(firstStart, end)))).ToList();
        }
        if (Chance(0.4))
        {
            resume.Interests = PickSome(Words.Interests, random.Next(2, 5)).Select(i => new Interest(i, null)).ToList();
        }
        if (Chance(0.2))
        {
            resume.References = Chance(0.5)
                ? [new Reference(Pick(Words.ReferenceNotes), "")]
                : [new Reference($"{Pick(Words.GivenNames)} {Pick(Words.FamilyNames)}, {Pick(family.Titles)} at {work[^1].Name}", Pick(Words.ReferenceTexts))];
        }
        return (resume, family, level);
    }

    private List<Work> MakeJobs(Family family, int count, int level, DateOnly end, (string City, string Country, string? Region, string Phone) place)
    {
        var jobs = new List<Work>();
        var cursor = end;
        var current = Chance(0.75);
        var titleIndex = Math.Min(family.Titles.Length - 1, level);
        string? previousCompany = null;
        for (var k = 0; k < count; k++)
        {
            var months = random.Next(7, 50);
            var stop = k == 0 && current ? (DateOnly?)null : cursor;
            var start = cursor.AddMonths(-months);
            // Sometimes a promotion at the same employer: two entries with one company name.
            var company = previousCompany is not null && Chance(0.12) ? previousCompany : Company();
            var bullets = PickSome(family.Bullets, random.Next(2, 8)).Select(b => Fill(b, family)).ToList();
            jobs.Add(new Work
            {
                Name = company,
                Position = family.Titles[Math.Max(0, titleIndex)],
                Location = Chance(0.5) ? place.City + (place.Region is { } r ? ", " + r : "") : null,
                StartDate = Iso(start),
                EndDate = stop is { } s ? Iso(s) : null,
                Highlights = bullets,
            });
            previousCompany = company;
            titleIndex = Math.Max(0, titleIndex - (Chance(0.6) ? 1 : 0));
            cursor = start.AddMonths(-random.Next(0, 4));
        }
        return jobs;
    }

    private List<Education> MakeEducation(Family family, DateOnly firstJob, int level)
    {
        var list = new List<Education>();
        var end = firstJob.AddMonths(-random.Next(1, 5));
        end = new DateOnly(end.Year, Chance(0.7) ? 6 : random.Next(1, 13), 1);
        var kinds = new List<string[]>();
        if (level >= 4 && Chance(0.2))
        {
            kinds.Add(Words.Doctorates);
        }
        if (level >= 2 && Chance(0.45))
        {
            kinds.Add(Words.Masters);
        }
        kinds.Add(Chance(0.08) ? Words.Associates : Words.Bachelors);
        if (Chance(0.15))
        {
            kinds.Insert(0, Words.Certs);
        }
        foreach (var kind in kinds)
        {
            var years = kind == Words.Doctorates ? 4 : kind == Words.Masters ? 2 : kind == Words.Certs ? 1 : 3 + random.Next(0, 2);
            var start = new DateOnly(end.Year - years, 9, 1);
            var institution = kind == Words.Certs && Chance(0.5) ? Pick(Words.Bootcamps) : Pick(Words.Universities);
            list.Add(new Education
            {
                Institution = institution,
                StudyType = Pick(kind),
                Area = Pick(family.Areas),
                StartDate = Iso(start),
                EndDate = Iso(end),
                Score = Chance(0.2) ? Score() : null,
                Courses = Chance(0.1) ? PickSome(family.Skills.SelectMany(s => s.Keywords).ToList(), 3) : null,
            });
            end = new DateOnly(start.Year - random.Next(0, 2), 6, 1);
        }
        return list;
    }

    private string Score() => random.Next(3) switch
    {
        0 => $"{3 + random.NextDouble():0.0} GPA".Replace(',', '.'),
        1 => Pick(["First Class Honours", "Upper Second-Class Honours", "Distinction", "Magna Cum Laude"]),
        _ => $"{7 + random.NextDouble() * 2.9:0.0}/10 CGPA".Replace(',', '.'),
    };

    private List<Skill> MakeSkills(Family family)
    {
        var groups = PickSome(family.Skills, random.Next(2, family.Skills.Length + 1));
        return groups.Select(g => new Skill(g.Group, PickSome(g.Keywords, random.Next(2, g.Keywords.Length + 1)))).ToList();
    }

    private Project MakeProject((string Name, string Description) idea, Family family, Basics basics)
    {
        var start = new DateOnly(random.Next(2018, 2025), random.Next(1, 13), 1);
        var gh = basics.Profiles?.FirstOrDefault(p => p.Network == "GitHub");
        return new Project
        {
            Name = idea.Name,
            Description = idea.Description,
            Keywords = Chance(0.6) ? PickSome(family.Skills.SelectMany(s => s.Keywords).ToList(), random.Next(2, 4)) : null,
            StartDate = Chance(0.6) ? Iso(start) : null,
            EndDate = Chance(0.4) ? Iso(start.AddMonths(random.Next(2, 14))) : null,
            Url = gh is not null && Chance(0.6) ? $"{gh.Url}/{idea.Name}" : null,
        };
    }

    private string Summary(Family family, List<Work> work, int level)
    {
        var years = Math.Max(1, (2025 - int.Parse(work[^1].StartDate[..4], CultureInfo.InvariantCulture)));
        var skills = family.Skills[0].Keywords;
        return Pick(new[]
        {
            $"{work[0].Position} with {years}+ years of experience in {Pick(skills)} and {Pick(family.Skills[^1].Keywords)}. I enjoy turning vague problems into dependable systems.",
            $"Pragmatic {family.Titles[Math.Min(level, family.Titles.Length - 1)].ToLowerInvariant()} who cares about clear writing, careful reviews and measurable results.",
            $"{years} years in {family.Id} roles across {work.Select(w => w.Name).Distinct().Count()} companies. Looking for a team that values craft and kindness.",
        });
    }

    private string PublicationTitle(Family family) => Pick(new[]
    {
        $"Lessons from {random.Next(3, 12)} years of {family.Areas[0].ToLowerInvariant()}",
        $"A practical guide to {Pick(family.Skills[0].Keywords)} at scale",
        $"What we learned migrating to {Pick(family.Skills[^1].Keywords)}",
    });

    private static string Issuer(string certificate) => certificate switch
    {
        _ when certificate.StartsWith("AWS", StringComparison.Ordinal) => "Amazon Web Services",
        _ when certificate.StartsWith("Google", StringComparison.Ordinal) => "Google",
        _ when certificate.StartsWith("Microsoft", StringComparison.Ordinal) => "Microsoft",
        _ when certificate.Contains("Kubernetes", StringComparison.Ordinal) => "Cloud Native Computing Foundation",
        _ when certificate.StartsWith("ISTQB", StringComparison.Ordinal) => "ISTQB",
        _ => "Professional Body",
    };

    private string Company()
    {
        var name = Chance(0.25) ? Pick(Words.CompanyFirst) : $"{Pick(Words.CompanyFirst)} {Pick(Words.CompanySecond)}";
        var suffix = Pick(Words.CompanySuffixes);
        return suffix.Length > 0 ? $"{name} {suffix}" : name;
    }

    private string Fill(string template, Family family)
    {
        var tools = family.Skills.SelectMany(s => s.Keywords).ToList();
        var sb = new StringBuilder(template);
        sb.Replace("{t}", Pick(tools));
        var text = sb.ToString();
        while (text.Contains("{n}", StringComparison.Ordinal))
        {
            text = ReplaceFirst(text, "{n}", random.Next(2, 10).ToString(CultureInfo.InvariantCulture));
        }
        while (text.Contains("{p}", StringComparison.Ordinal))
        {
            text = ReplaceFirst(text, "{p}", random.Next(12, 71).ToString(CultureInfo.InvariantCulture));
        }
        while (text.Contains("{k}", StringComparison.Ordinal))
        {
            text = ReplaceFirst(text, "{k}", random.Next(10, 900).ToString(CultureInfo.InvariantCulture));
        }
        return text;
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var i = text.IndexOf(what, StringComparison.Ordinal);
        return text[..i] + with + text[(i + what.Length)..];
    }

    private string Digits(string pattern)
    {
        var sb = new StringBuilder();
        foreach (var c in pattern)
        {
            sb.Append(c == '#' ? (char)('0' + random.Next(10)) : c);
        }
        return sb.ToString();
    }

    private DateOnly RandomMonth(DateOnly from, DateOnly to)
    {
        var months = Math.Max(1, (to.Year - from.Year) * 12 + to.Month - from.Month);
        return from.AddMonths(random.Next(months));
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Slug(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            var folded = c switch { 'ø' or 'Ø' => 'o', 'ł' or 'Ł' => 'l', 'ß' => 's', 'æ' => 'a', 'đ' => 'd', 'ı' => 'i', _ => c };
            if (char.IsAsciiLetter(folded))
            {
                sb.Append(char.ToLowerInvariant(folded));
            }
        }
        return sb.ToString();
    }
}

internal static class DateOnlyExtensions
{
    public static DateOnly Clamp(this DateOnly d, DateOnly max) => d > max ? max : d;
}
