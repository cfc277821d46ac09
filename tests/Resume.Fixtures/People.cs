namespace Resume.Fixtures;

/// <summary>Fictional people for tests and samples; any likeness to real persons is coincidence.</summary>
public static class People
{
    public static Person Backend { get; } = new()
    {
        Name = "Marta Lindqvist",
        Label = "Senior Backend Engineer",
        Email = "marta.lindqvist@example.com",
        Phone = "+46 70 555 01 23",
        City = "Gothenburg",
        Region = "Sweden",
        Website = "martalindqvist.dev",
        GitHub = "mlindqvist",
        LinkedIn = "marta-lindqvist",
        Summary = "Backend engineer with eight years of experience building payment and logistics platforms in C# and Go. Enjoys turning slow, fragile systems into fast and observable ones.",
        Jobs =
        [
            new("Northwind Freight AB", "Senior Backend Engineer", new(2021, 3, 1), null, "Gothenburg, Sweden",
            [
                "Cut p99 latency of the booking API from 900ms to 120ms by introducing Redis caching and query batching",
                "Led the migration of 14 services from a monolith to ASP.NET Core on Kubernetes with zero downtime",
                "Mentored 5 engineers; three were promoted within eighteen months of joining the team",
            ]),
            new("Tallgrass Payments", "Software Engineer", new(2017, 9, 1), new(2021, 2, 1), "Remote",
            [
                "Built an idempotent webhook pipeline processing 2M events per day with exactly-once delivery",
                "Added OpenTelemetry tracing across 30 services, cutting mean time to resolution by 60%",
            ]),
        ],
        Schools =
        [
            new("Chalmers University of Technology", "MSc", "Computer Science", new(2015, 9, 1), new(2017, 6, 1)),
            new("University of Gothenburg", "BSc", "Mathematics", new(2012, 9, 1), new(2015, 6, 1), "GPA 3.8"),
        ],
        Skills =
        [
            new("Languages", ["C#", "Go", "SQL", "TypeScript"]),
            new("Frameworks", ["ASP.NET Core", "Node.js", "gRPC"]),
            new("Infrastructure", ["Kubernetes", "PostgreSQL", "Redis", "CI/CD"]),
        ],
        Certificates = [new("Certified Kubernetes Application Developer", "CNCF", new(2022, 5, 1))],
        Languages = [("Swedish", "Native"), ("English", "Fluent")],
    };

    public static Person Designer { get; } = new()
    {
        Name = "Zoë Nguyễn-Åberg",
        Label = "Product Designer",
        Email = "zoe.nguyen@example.org",
        Phone = "(503) 555-0188",
        City = "Portland",
        Region = "OR",
        LinkedIn = "zoe-nguyen-aberg",
        Summary = "Product designer who pairs user research with rapid prototyping. Shipped design systems used by more than forty product teams.",
        Jobs =
        [
            new("Cedar & Pine Studio", "Lead Product Designer", new(2020, 1, 1), null, "Portland, OR",
            [
                "Designed a component library in Figma adopted by 40 product teams across three business units",
                "Ran 120 usability sessions that reshaped the onboarding flow and lifted activation by 18%",
            ]),
            new("Brightline Health", "UX Designer", new(2016, 6, 1), new(2019, 12, 1), null,
            [
                "Redesigned the patient portal, raising task completion from 61% to 89%",
                "Introduced accessibility reviews that fixed 200 WCAG 2.1 AA issues",
            ]),
        ],
        Schools = [new("Oregon State University", "Bachelor of Fine Arts", "Graphic Design", new(2012, 9, 1), new(2016, 6, 1))],
        Skills =
        [
            new("Design", ["Figma", "Sketch", "Prototyping", "User Research"]),
            new("Tools", ["Miro", "Jira", "HTML/CSS"]),
        ],
        Languages = [("English", "Native"), ("Vietnamese", "Conversational")],
    };

    public static Person DataEngineer { get; } = new()
    {
        Name = "Дмитрий Соколов",
        Label = "Data Engineer",
        Email = "d.sokolov@example.net",
        Phone = "+49 30 555 0147",
        City = "Berlin",
        Region = "Germany",
        GitHub = "dsokolov",
        Summary = "Data engineer focused on streaming pipelines and data quality at scale.",
        Jobs =
        [
            new("Spree Analytics GmbH", "Data Engineer", new(2019, 4, 1), null, "Berlin, Germany",
            [
                "Built Kafka streaming pipelines ingesting 5 TB per day into the lakehouse",
                "Reduced warehouse costs by 35% through partitioning and incremental models",
            ]),
        ],
        Schools = [new("Technische Universität Berlin", "Master of Science", "Data Engineering", new(2016, 10, 1), new(2019, 3, 1))],
        Skills = [new("Languages", ["Python", "Scala", "SQL"]), new("Platforms", ["Apache Kafka", "Apache Spark", "dbt"])],
        Languages = [("Russian", "Native"), ("German", "Fluent"), ("English", "Fluent")],
    };

    public static Person Cjk { get; } = new()
    {
        Name = "陈静",
        Label = "Mobile Engineer",
        Email = "chen.jing@example.com",
        Phone = "+86 10 5555 0199",
        City = "Beijing",
        Region = "China",
        Summary = "Mobile engineer building offline-first Android and iOS apps.",
        Jobs =
        [
            new("Lantern Mobile", "Senior Android Engineer", new(2020, 7, 1), null, null,
            ["Shipped offline sync for 3M users with Kotlin coroutines and Room"]),
        ],
        Schools = [new("Tsinghua University", "B.Eng.", "Software Engineering", new(2014, 9, 1), new(2018, 7, 1))],
        Skills = [new("Mobile", ["Kotlin", "Swift", "Jetpack Compose"])],
    };

    public static IReadOnlyList<Person> All { get; } = [Backend, Designer, DataEngineer, Cjk];
}
