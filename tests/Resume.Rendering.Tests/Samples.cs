using Resume.Model;

namespace Resume.Rendering.Tests;

/// <summary>Hand-made stage results: a realistic backend resume and a score report with every status.</summary>
internal static class Samples
{
    public const string Hostile = "\"><img src=x onerror=alert(1)><script>alert('x')</script>";

    public static ResumeDocument Resume(string name = "José Álvarez-Núñez") => new()
    {
        Basics = new Basics
        {
            Name = name,
            Label = "Senior Backend Engineer",
            Email = "jose.alvarez@example.com",
            Phone = "+44 161 496 0679",
            Url = "https://josealvarez.dev",
            Summary = "Backend engineer with 7 years of experience building APIs in C# and Go. Cut p99 latency by 40% for a payments platform serving 2M users.",
            Location = new Location { City = "Manchester", Region = "England", CountryCode = "GB" },
            Profiles =
            [
                new Profile { Network = "GitHub", Username = "jalvarez", Url = "https://github.com/jalvarez" },
                new Profile { Network = "LinkedIn", Username = "jose-alvarez", Url = "https://www.linkedin.com/in/jose-alvarez" },
            ],
        },
        Work =
        [
            new Work
            {
                Name = "Northwind Traders", Position = "Backend Developer", Location = "Leeds", StartDate = "2018-06", EndDate = "2020-12",
                Highlights = ["Migrated a monolith to 12 microservices on Kubernetes without downtime", "Wrote the public REST API used by 300 partner integrations"],
            },
            new Work
            {
                Name = "Ironclad Robotics", Position = "Senior Backend Engineer", Location = "Remote", StartDate = "2021-01",
                Highlights =
                [
                    "Designed an event-driven order pipeline on RabbitMQ handling 3K messages per second",
                    "Cut p99 API latency from 900 ms to 120 ms with Redis caching and query indexes",
                    "Mentored 4 engineers through code review and pairing",
                ],
            },
        ],
        Education =
        [
            new Education { Institution = "University of Bristol", StudyType = "Master of Science", Area = "Computer Science", StartDate = "2016-09", EndDate = "2018-06" },
        ],
        Skills =
        [
            new Skill { Name = "Languages", Keywords = ["C#", "Go", "SQL", "Python"] },
            new Skill { Name = "Databases", Keywords = ["PostgreSQL", "Redis", "MongoDB"] },
            new Skill { Name = "Infrastructure", Keywords = ["Docker", "Kubernetes", "AWS"] },
        ],
        Projects =
        [
            new Project { Name = "tiny-raft", Description = "Raft consensus in Go, used in a university course", Url = "https://github.com/jalvarez/tiny-raft", StartDate = "2022-01", Highlights = ["300 stars on GitHub"] },
        ],
        Certificates = [new Certificate { Name = "AWS Certified Developer Associate", Issuer = "Amazon Web Services", Date = "2022-03" }],
        Languages = [new Language { Name = "English", Fluency = "Native" }, new Language { Name = "Spanish", Fluency = "Fluent" }],
        Meta = new ResumeMeta
        {
            FileType = "pdf", PageCount = 2, WordCount = 612,
            Sections = [new(SectionKinds.Summary, "Profile"), new(SectionKinds.Work, "Experience"), new(SectionKinds.Other, "Hobbies & more")],
            Warnings = [new(ParseWarningCodes.MultiColumn, "The resume is laid out in two columns; some systems read across them.")],
        },
    };

    public static GuideSummary Guide(int pages = 1) => new()
    {
        Role = "backend-developer",
        Title = "Backend Developer",
        SectionOrder = [SectionKinds.Summary, SectionKinds.Skills, SectionKinds.Work, SectionKinds.Projects, SectionKinds.Education, SectionKinds.Certificates],
        RecommendedPages = pages,
        Advice = ["Quantify performance: requests per second, response times, uptime.", "Group skills by category: Languages, Frameworks, Databases, Infrastructure, Tools."],
    };

    public static ScoreReport Score(JobMatch? match = null) => new()
    {
        Score = 72,
        Subscores = new Dictionary<string, int> { ["content"] = 64, ["contact"] = 100, ["structure"] = 55, ["keywords"] = 45 },
        Checks =
        [
            new("contact-email", "Email address present", CheckStatus.Pass, 5, "contact", "Found one email address.", ["jose.alvarez@example.com"], ""),
            new("quantified-impact", "Bullets show measurable impact", CheckStatus.Warn, 10, "content", "2 of 5 bullets carry a figure; the guide asks for most of them.",
                ["Mentored 4 engineers through code review and pairing", "Wrote the public REST API used by 300 partner integrations"],
                "Add a number to each bullet: requests per second, latency, users, money or time saved."),
            new("section-order", "Sections in the recommended order", CheckStatus.Fail, 8, "structure", "Education comes before Professional Experience.",
                ["Education", "Experience"], "Move Professional Experience above Education."),
            new("backend-keywords", "Backend keywords", CheckStatus.Fail, 12, "keywords", "3 of the guide's 14 core skills appear.",
                ["C#, Go, SQL, Python"], "Name the message queues, caches and databases you have used in your skills and bullets."),
        ],
        Match = match,
        Guide = Guide(),
    };

    public static JobMatch Match() => new(0.58, ["C#", "PostgreSQL", "RabbitMQ"], ["Kafka", "Terraform", "gRPC", "Elasticsearch"], ["Kafka", "Terraform"]);
}
