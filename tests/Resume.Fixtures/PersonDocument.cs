using System.Globalization;
using Resume.Model;

namespace Resume.Fixtures;

/// <summary>A person's résumé as the parse stage hands it over, for tests of the stages after it.</summary>
public static class PersonDocument
{
    public static ResumeDocument Of(Person person)
    {
        var sections = new List<SectionInfo>();
        if (!string.IsNullOrWhiteSpace(person.Summary))
        {
            sections.Add(new SectionInfo(SectionKinds.Summary, "Summary"));
        }
        sections.Add(new SectionInfo(SectionKinds.Work, "Experience"));
        if (person.Schools.Count > 0)
        {
            sections.Add(new SectionInfo(SectionKinds.Education, "Education"));
        }
        sections.Add(new SectionInfo(SectionKinds.Skills, "Skills"));
        if (person.Certificates.Count > 0)
        {
            sections.Add(new SectionInfo(SectionKinds.Certificates, "Certifications"));
        }
        if (person.Languages.Count > 0)
        {
            sections.Add(new SectionInfo(SectionKinds.Languages, "Languages"));
        }
        var profiles = new List<Profile>();
        if (person.GitHub is not null)
        {
            profiles.Add(new Profile { Network = "GitHub", Username = person.GitHub, Url = $"https://github.com/{person.GitHub}" });
        }
        if (person.LinkedIn is not null)
        {
            profiles.Add(new Profile { Network = "LinkedIn", Username = person.LinkedIn, Url = $"https://www.linkedin.com/in/{person.LinkedIn}" });
        }
        var document = new ResumeDocument
        {
            Basics = new Basics
            {
                Name = person.Name,
                Label = person.Label,
                Email = person.Email,
                Phone = string.IsNullOrWhiteSpace(person.Phone) ? null : person.Phone,
                Url = person.Website is null ? null : $"https://{person.Website}",
                Summary = string.IsNullOrWhiteSpace(person.Summary) ? null : person.Summary,
                Location = new Location { City = person.City, Region = person.Region },
                Profiles = profiles,
            },
            Work = person.Jobs.Select(j => new Work
            {
                Name = j.Company, Position = j.Position, Location = j.Location, StartDate = Month(j.Start), EndDate = j.End is { } end ? Month(end) : null,
                Highlights = j.Highlights,
            }).ToList(),
            Education = person.Schools.Select(s => new Education
            {
                Institution = s.Institution, StudyType = s.Degree, Area = s.Area, StartDate = Month(s.Start), EndDate = Month(s.End), Score = s.Grade,
            }).ToList(),
            Skills = person.Skills.Select(g => new Skill { Name = string.IsNullOrWhiteSpace(g.Name) ? null : g.Name, Keywords = g.Keywords }).ToList(),
            Certificates = person.Certificates.Select(c => new Certificate { Name = c.Name, Issuer = c.Issuer, Date = Month(c.Date) }).ToList(),
            Languages = person.Languages.Select(l => new Language { Name = l.Language, Fluency = l.Fluency }).ToList(),
        };
        var words = ResumeWords(document);
        return document with
        {
            Meta = new ResumeMeta { FileType = "pdf", PageCount = Math.Max(1, (int)Math.Ceiling(words / 550.0)), WordCount = words, Sections = sections },
        };
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static int ResumeWords(ResumeDocument d)
    {
        IEnumerable<string?> texts =
        [
            d.Basics.Name, d.Basics.Label, d.Basics.Email, d.Basics.Phone, d.Basics.Summary, d.Basics.Location?.City, d.Basics.Location?.Region,
            .. d.Work.SelectMany(w => w.Highlights.Concat([w.Name, w.Position, w.Location, w.StartDate, w.EndDate])),
            .. d.Education.SelectMany(e => new[] { e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate }),
            .. d.Skills.SelectMany(s => s.Keywords.Prepend(s.Name)),
            .. d.Certificates.SelectMany(c => new[] { c.Name, c.Issuer, c.Date }),
            .. d.Languages.SelectMany(l => new[] { l.Name, l.Fluency }),
        ];
        return texts.OfType<string>().Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
