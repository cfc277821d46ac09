using Resume.Model;

namespace Resume.Scoring.Tests;

/// <summary>Résumés built in code, as the parser would hand them over: a strong backend one, and ways to change it.</summary>
internal static class Resumes
{
    public static readonly string[] StrongBullets =
    [
        "Architected an order API in Go serving 40K requests per minute with 99.95% uptime",
        "Optimized 15 slow PostgreSQL queries with composite indexes, cutting p95 latency from 900 ms to 120 ms",
        "Migrated 12 services to Kubernetes with zero downtime, saving $180K a year in hosting",
        "Implemented OAuth 2.0 sign-in and encrypted personal data at rest for 2M users",
        "Built integration tests with Testcontainers that raised coverage from 55% to 88%",
        "Designed a Kafka event pipeline processing 3M events per day for billing",
    ];

    public static ResumeDocument Strong() => new()
    {
        Basics = new Basics
        {
            Name = "Ada Quinn",
            Label = "Senior Backend Engineer",
            Email = "ada.quinn@example.com",
            Phone = "+44 20 7946 0123",
            Summary = "Backend engineer with 7 years of experience building payment APIs in Go, Java and PostgreSQL. "
                + "Cut checkout latency by 45% for 2M monthly users and run Kafka pipelines and Redis caching in production.",
            Location = new Location { City = "Leeds", CountryCode = "GB" },
            Profiles = [new Profile { Network = "GitHub", Username = "adaq", Url = "https://github.com/adaq" }],
        },
        Work =
        [
            new Work
            {
                Name = "Ledgerline", Position = "Senior Backend Engineer", StartDate = "2022-03", Highlights = StrongBullets[..3],
            },
            new Work
            {
                Name = "Parcelpath", Position = "Backend Engineer", StartDate = "2019-01", EndDate = "2022-02", Highlights = StrongBullets[3..],
            },
        ],
        Education = [new Education { Institution = "University of Leeds", StudyType = "BSc", Area = "Computer Science", StartDate = "2015-09", EndDate = "2018-06" }],
        Skills =
        [
            new Skill { Name = "Languages", Keywords = ["Go", "Java", "Python"] },
            new Skill { Name = "Frameworks", Keywords = ["Spring Boot", "FastAPI"] },
            new Skill { Name = "Databases", Keywords = ["PostgreSQL", "Redis", "MongoDB"] },
            new Skill { Name = "Infrastructure", Keywords = ["Docker", "Kubernetes", "Kafka", "AWS"] },
            new Skill { Name = "Tools", Keywords = ["Git", "GitHub Actions", "Grafana"] },
        ],
        Certificates = [new Certificate { Name = "AWS Certified Developer – Associate", Issuer = "Amazon Web Services", Date = "2023-05" }],
        Meta = new ResumeMeta
        {
            FileType = "pdf",
            PageCount = 1,
            WordCount = 430,
            Sections = Sections(SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work, SectionKinds.Education, SectionKinds.Certificates),
        },
    };

    public static IReadOnlyList<SectionInfo> Sections(params string[] kinds) =>
        kinds.Select(k => new SectionInfo(k, Heading(k))).ToList();

    public static string Heading(string kind) =>
        kind switch
        {
            SectionKinds.Summary => "Summary",
            SectionKinds.Skills => "Technical Skills",
            SectionKinds.Work => "Professional Experience",
            SectionKinds.Education => "Education",
            SectionKinds.Certificates => "Certifications",
            SectionKinds.Projects => "Projects",
            _ => kind,
        };

    public static ResumeDocument WithBullets(this ResumeDocument resume, params string[] bullets) =>
        resume with
        {
            Work =
            [
                resume.Work[0] with { Highlights = bullets[..(bullets.Length / 2)] },
                resume.Work[1] with { Highlights = bullets[(bullets.Length / 2)..] },
            ],
        };

    public static ResumeDocument WithSections(this ResumeDocument resume, params string[] kinds) =>
        resume with { Meta = resume.Meta with { Sections = Sections(kinds) } };

    public static ResumeDocument WithWarnings(this ResumeDocument resume, params string[] codes) =>
        resume with { Meta = resume.Meta with { Warnings = codes.Select(c => new ParseWarning(c, $"The parser found {c} on page 1.")).ToList() } };

    public static ResumeDocument WithWork(this ResumeDocument resume, params Work[] work) => resume with { Work = work };

    /// <summary>What an image-only PDF parses to: no text, only the document's own facts and the warning.</summary>
    public static ResumeDocument ImageOnly() => new()
    {
        Meta = new ResumeMeta
        {
            FileType = "pdf",
            PageCount = 1,
            Warnings = [new ParseWarning(ParseWarningCodes.ImageOnly, "Page 1 is a picture with no text layer.")],
        },
    };
}
