using System.Globalization;
using Parse.Holdout;

namespace Parse.Styles;

/// <summary>People whose resumes are not an experienced professional's: students (education first, GPA, an expected
/// graduation, coursework, campus jobs, activities, honours), new-graduate nurses (licences, clinical rotations with a
/// hospital, unit and hours), student teachers, researchers (publications, grants, research and teaching posts),
/// tradespeople and service workers (short entries, references on request) and career changers writing a functional
/// resume. The truth maps what they print into JSON Resume as a careful reader would: rotations, student teaching and
/// research or teaching posts are work; activities and leadership are volunteer; honours, scholarships and grants are
/// awards; licences are certificates; the functional resume's skill clusters belong to no scored field.</summary>
internal static class Shapes
{
    public const string Student = "student", Nurse = "nurse", Teacher = "teacher", Academic = "academic", Trades = "trades",
        Service = "service", Functional = "functional";

    private static readonly string[] Clubs =
    [
        "Student Government Association", "Society of Women Engineers", "Model United Nations", "Habitat for Humanity Campus Chapter",
        "Accounting Society", "Pre-Health Professionals Club", "Intramural Soccer League", "Alpha Phi Omega Service Fraternity",
        "Outdoor Adventure Club", "First-Generation Student Network",
    ];

    private static readonly string[] ClubRoles = ["President", "Treasurer", "Events Chair", "Vice President", "Team Captain", "Member", "Outreach Coordinator"];

    private static readonly string[] ClubDeeds =
    [
        "Organised weekly meetings and a spring fundraiser for 60 members",
        "Managed a budget of $4,000 and reported to the student senate each term",
        "Recruited 25 new members through campus outreach events",
        "Planned three service days with local nonprofits",
    ];

    private static readonly (string Title, string Place)[] CampusJobs =
    [
        ("Resident Assistant", "Office of Residence Life"), ("Peer Tutor", "Writing Center"), ("Library Assistant", "University Library"),
        ("Student Ambassador", "Office of Admissions"), ("Lab Assistant", "Department of Chemistry"),
    ];

    private static readonly (string Title, string Place)[] PartTimeJobs =
    [
        ("Barista", "Blue Door Coffee"), ("Sales Associate", "Harbor Outfitters"), ("Lifeguard", "Riverside Aquatic Center"),
        ("Cashier", "Green Basket Market"), ("Server", "The Copper Kettle"), ("Camp Counselor", "Pine Lake Summer Camp"),
    ];

    private static readonly string[] StudentDeeds =
    [
        "Assisted 30+ students a week with questions and referrals",
        "Trained 4 new staff members on opening procedures",
        "Handled cash and card payments accurately during peak hours",
        "Kept schedules, records and supplies in order for a busy office",
        "Resolved customer concerns calmly and kept a 98% satisfaction score",
        "Led tours for prospective students and their families",
    ];

    private static readonly Dictionary<string, string[]> Courses = new()
    {
        ["it"] = ["Data Structures", "Algorithms", "Operating Systems", "Database Systems", "Computer Networks", "Discrete Mathematics", "Software Engineering", "Linear Algebra"],
        ["accountant"] = ["Intermediate Accounting I", "Cost Accounting", "Auditing", "Corporate Finance", "Business Law", "Federal Taxation"],
        ["teacher"] = ["Child Development", "Classroom Management", "Literacy Methods", "Educational Psychology", "Assessment in Education", "Teaching Mathematics"],
        ["nurse"] = ["Pathophysiology", "Pharmacology", "Adult Health Nursing", "Maternal-Child Nursing", "Community Health", "Anatomy & Physiology"],
        ["hospitality"] = ["Food and Beverage Management", "Hospitality Marketing", "Event Planning", "Cost Control"],
        ["trades"] = ["Electrical Theory", "National Electrical Code", "Motor Controls", "Blueprint Reading"],
        ["research"] = ["Research Methods", "Biostatistics", "Scientific Writing", "Experimental Design", "Ethics in Research"],
    };

    private static readonly string[] Hospitals =
    [
        "St. Brigid Medical Center", "Riverside General Hospital", "Mercy Children's Hospital", "Lakeview Rehabilitation Center",
        "Northfield Community Hospital", "Harbor View Regional Medical Center",
    ];

    private static readonly string[] Units =
    [
        "Medical-Surgical", "Pediatrics", "Labor & Delivery", "Intensive Care", "Emergency Department", "Behavioral Health", "Telemetry", "Oncology",
    ];

    private static readonly string[] RotationDeeds =
    [
        "Provided care for 2–4 patients per shift under the supervision of an RN preceptor",
        "Performed head-to-toe assessments and documented findings in Epic",
        "Administered oral, IV and subcutaneous medications safely",
        "Educated patients and families on discharge instructions",
        "Monitored vital signs and reported changes to the charge nurse",
        "Assisted with wound care, catheter insertion and IV starts",
    ];

    private static readonly string[] SchoolNames = ["Maple Grove", "Lincoln", "Riverbend", "Oak Hill", "Westfield", "Cedar Park"];

    private static readonly string[] TeachingDeeds =
    [
        "Planned and taught daily lessons in reading, writing and mathematics for 24 students",
        "Differentiated instruction for English learners and students with IEPs",
        "Designed a four-week unit on fractions with hands-on stations",
        "Used formative assessment data to regroup students each week",
        "Communicated progress to families through weekly newsletters and conferences",
        "Managed classroom routines with a positive behaviour system",
    ];

    private static readonly string[] Journals =
    [
        "Journal of Applied Ecology", "Molecular Biology Reports", "Sociological Perspectives", "Environmental Research Letters",
        "Journal of Linguistics", "PLOS ONE", "BMC Public Health",
    ];

    private static readonly string[] PaperTopics =
    [
        "Seasonal variation in soil microbial communities", "Gene expression under heat stress in barley", "Neighbourhood trust and civic participation",
        "Microplastic deposition in alpine lakes", "Code-switching among bilingual adolescents", "Access to primary care in rural districts",
        "Nitrogen cycling in restored wetlands",
    ];

    private static readonly (string Title, string Awarder)[] Grants =
    [
        ("Graduate Research Fellowship", "National Science Foundation"), ("Dissertation Completion Grant", "Graduate School"),
        ("Travel Award", "Society for Conservation Biology"), ("Summer Research Grant", "Department of Sociology"), ("Best Poster Award", "Annual Research Symposium"),
    ];

    private static readonly (string Title, string Awarder)[] Honours =
    [
        ("Dean's List", "College of Arts and Sciences"), ("Presidential Scholarship", "Office of Financial Aid"), ("Academic Excellence Award", "Department of Mathematics"),
        ("Departmental Scholarship", "School of Business"), ("Phi Kappa Phi Honor Society", "University Chapter"),
    ];

    private static readonly string[] TradeFirms =
    [
        "Bright Spark Electrical", "Keller & Sons Electric", "Northline Contracting", "Summit Building Services", "Ironwood Construction", "Volt Pro Electric",
    ];

    private static readonly string[] Venues =
    [
        "The Copper Kettle", "Harbor Grill", "Blue Door Coffee", "Marigold Bistro", "Station Street Diner", "Grand Plaza Hotel", "Corner Bakery Cafe",
    ];

    private static readonly string[] SchoolSuffixes = ["Elementary School", "Middle School", "High School"];

    public static Parse.Holdout.Resume Make(string shape, Random random)
    {
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var family = shape switch
        {
            Nurse => Families.All.First(f => f.Id == "nurse"),
            Teacher => Families.All.First(f => f.Id == "teacher"),
            Academic => Families.Beyond.First(f => f.Id == "research"),
            Trades => Families.Beyond.First(f => f.Id == "trades"),
            Service => Families.Beyond.First(f => f.Id == "hospitality"),
            _ => Pick(Families.All.Concat(Families.Beyond).ToList()),
        };
        var resume = People.Make(random, family);
        var maker = new Shaper(random, family, resume);
        return shape switch
        {
            Student => maker.Student(),
            Nurse => maker.Nurse(),
            Teacher => maker.Teacher(),
            Academic => maker.Academic(),
            Trades => maker.Trades(),
            Service => maker.Service(),
            _ => maker.Functional(),
        };
    }

    private sealed class Shaper(Random random, Family family, Parse.Holdout.Resume person)
    {
        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private bool Chance(double p) => random.NextDouble() < p;

        private List<T> Some<T>(IReadOnlyList<T> items, int count) => items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToList();

        private static string Iso(int year, int month) => new DateOnly(year, month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private string Town => person.Basics.Location?.City ?? "Springfield";

        private string University => Pick(Words.Universities);

        private string Gpa() => Chance(0.6) ? $"GPA: {3.2 + random.NextDouble() * 0.78:0.00}/4.00".Replace(',', '.') : $"GPA {3.3 + random.NextDouble() * 0.69:0.0}".Replace(',', '.');

        private List<string> CoursesFor() => Some(Courses[family.Id switch
        {
            "backend" or "frontend" or "data" or "ml" or "devops" or "mobile" or "qa" => "it",
            var id => id,
        }], random.Next(4, 7));

        private string? Place => person.Work?.FirstOrDefault(w => w.Location is not null)?.Location ?? (person.Basics.Location is { } l ? l.City + (l.Region is { } r ? ", " + r : "") : null);

        private Work Job(string company, string title, int startYear, int startMonth, int? endYear, int endMonth, IReadOnlyList<string> deeds, int bullets) => new()
        {
            Name = company,
            Position = title,
            Location = Chance(0.6) ? Place : null,
            StartDate = Iso(startYear, startMonth),
            EndDate = endYear is { } y ? Iso(y, endMonth) : null,
            Highlights = Some(deeds, bullets),
        };

        private Parse.Holdout.Resume Base(string? summary, List<Work> work, List<Education> education) => new()
        {
            Basics = person.Basics with { Label = null, Summary = summary, Url = Chance(0.15) ? person.Basics.Url : null },
            Work = work,
            Education = education,
            Skills = person.Skills,
            Languages = Chance(0.4) ? person.Languages : null,
        };

        public Parse.Holdout.Resume Student()
        {
            var university = University;
            var expected = Chance(0.65);
            var endYear = expected ? 2026 + random.Next(2) : 2025;
            var area = Pick(family.Areas);
            var degree = Pick(new[] { "Bachelor of Science", "Bachelor of Arts", "Bachelor of Business Administration" });
            var education = new List<Education>
            {
                new() { Institution = university, StudyType = degree, Area = area, StartDate = Iso(endYear - 4, 9), EndDate = Iso(endYear, 5), Score = Chance(0.8) ? Gpa() : null, Courses = Chance(0.8) ? CoursesFor() : null },
            };
            var work = new List<Work>();
            if (Chance(0.6))
            {
                var intern = family.Titles[0] + " Intern";
                work.Add(Job(person.Work![0].Name, Chance(0.5) ? intern : "Summer Intern", 2025, 6, 2025, 8, family.Bullets.Select(b => b.Replace("{t}", family.Skills[0].Keywords[0]).Replace("{n}", "3").Replace("{p}", "15").Replace("{k}", "20")).ToList(), random.Next(1, 4)));
            }
            var (title, office) = Pick(CampusJobs);
            work.Add(Job(Chance(0.5) ? $"{university}, {office}" : office, title, endYear - 3, 9, Chance(0.5) ? null : 2025, 5, StudentDeeds, random.Next(1, 4)));
            if (Chance(0.6))
            {
                var (job, shop) = Pick(PartTimeJobs);
                work.Add(Job(shop, job, endYear - 4, 6, endYear - 3, 8, StudentDeeds, random.Next(1, 3)));
            }
            var r = Base(Chance(0.35) ? $"{area} student seeking a {family.Titles[0].ToLowerInvariant()} internship where I can apply my coursework and campus leadership." : null, work, education);
            r.Volunteer = Some(Clubs, random.Next(1, 4)).Select(club => new Volunteer
            {
                Organization = club,
                Position = Pick(ClubRoles),
                StartDate = Iso(endYear - 3 + random.Next(2), 9),
                EndDate = Chance(0.5) ? null : Iso(2025, 5),
                Summary = Chance(0.6) ? Pick(ClubDeeds) : null,
            }).ToList();
            if (Chance(0.75))
            {
                r.Awards = Some(Honours, random.Next(1, 3)).Select(h => new Award(h.Title, Iso(endYear - 1 - random.Next(2), 5), h.Awarder)).ToList();
            }
            if (Chance(0.4))
            {
                r.Interests = Some(Words.Interests, 3).Select(i => new Interest(i, null)).ToList();
            }
            return r;
        }

        public Parse.Holdout.Resume Nurse()
        {
            var year = Chance(0.5) ? 2025 : 2026;
            var education = new List<Education>
            {
                new() { Institution = University, StudyType = "Bachelor of Science", Area = "Nursing", StartDate = Iso(year - 4, 9), EndDate = Iso(year, 5), Score = Chance(0.6) ? Gpa() : null },
            };
            var work = new List<Work>();
            var first = new DateOnly(year - 1, 1, 1);
            foreach (var (unit, k) in Some(Units, random.Next(3, 5)).Select((u, k) => (u, k)))
            {
                var from = first.AddMonths(3 * k);
                var to = from.AddMonths(2);
                work.Add(Job(Pick(Hospitals), $"{unit} Clinical Rotation", from.Year, from.Month, to.Year, to.Month, RotationDeeds, random.Next(2, 4)) with { Location = Place });
            }
            work.Reverse();
            if (Chance(0.7))
            {
                work.Add(Job(Pick(new[] { "Sunrise Senior Living", "Brookside Care Home", "HomeWell Health Services" }), Pick(new[] { "Certified Nursing Assistant", "Patient Care Technician" }),
                    year - 3, 6, Chance(0.5) ? null : year, 4, family.Bullets.Select(b => b.Replace("{n}", "8").Replace("{p}", "20").Replace("{t}", "Epic")).ToList(), random.Next(1, 3)));
            }
            var r = Base($"Compassionate new graduate nurse with {work.Count * 100}+ clinical hours across {string.Join(", ", work.Take(2).Select(w => w.Position.Replace(" Clinical Rotation", "")))} settings.", work, education);
            r.Certificates =
            [
                new("Registered Nurse (RN)", "State Board of Nursing", Iso(year, 7)),
                new("Basic Life Support (BLS)", "American Heart Association", Iso(year - 1, 8)),
                .. Chance(0.5) ? new[] { new Certificate("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", Iso(year, 6)) } : [],
            ];
            if (Chance(0.4))
            {
                r.Awards = [new("Sigma Theta Tau International Honor Society", Iso(year - 1, 4), "Nursing Honor Society")];
            }
            return r;
        }

        public Parse.Holdout.Resume Teacher()
        {
            var year = 2025;
            var school = $"{Pick(SchoolNames)} {Pick(SchoolSuffixes)}";
            var grade = school.EndsWith("Elementary School", StringComparison.Ordinal) ? $"Grade {random.Next(1, 6)}" : Pick(new[] { "Mathematics", "Science", "English" });
            var area = school.EndsWith("Elementary School", StringComparison.Ordinal) ? "Elementary Education" : "Secondary Education";
            var education = new List<Education>
            {
                new() { Institution = University, StudyType = Pick(new[] { "Bachelor of Science", "Bachelor of Arts" }), Area = area, StartDate = Iso(year - 4, 9), EndDate = Iso(year, 5), Score = Chance(0.6) ? Gpa() : null },
            };
            var work = new List<Work>
            {
                Job(school, $"Student Teacher, {grade}", year, 1, year, 5, TeachingDeeds, random.Next(3, 5)),
            };
            if (Chance(0.5))
            {
                work.Insert(0, Job($"{Town} Public Schools", "Substitute Teacher", year, 8, null, 1, TeachingDeeds, random.Next(1, 3)));
            }
            work.Add(Job(Pick(new[] { "YMCA Camp Arrowhead", "Bright Minds Tutoring", "Boys & Girls Club" }), Pick(new[] { "Camp Counselor", "Tutor", "Youth Program Aide" }), year - 3, 6, year - 1, 8, StudentDeeds, random.Next(1, 3)));
            var r = Base(Chance(0.7) ? $"Enthusiastic, certified {area.ToLowerInvariant()} teacher who builds inclusive, structured classrooms." : null, work, education);
            r.Certificates =
            [
                new($"Initial Educator License, {area}", "State Department of Education", Iso(year, 7)),
                new("CPR and First Aid", "American Red Cross", Iso(year - 1, 3)),
            ];
            return r;
        }

        public Parse.Holdout.Resume Academic()
        {
            var area = Pick(family.Areas);
            var phdEnd = Chance(0.5) ? 2026 : 2023;
            var phd = University;
            var education = new List<Education>
            {
                new() { Institution = phd, StudyType = "Doctor of Philosophy", Area = area, StartDate = Iso(phdEnd - 5, 9), EndDate = Iso(phdEnd, 5) },
                new() { Institution = University, StudyType = Pick(new[] { "Master of Science", "Master of Arts" }), Area = area, StartDate = Iso(phdEnd - 7, 9), EndDate = Iso(phdEnd - 5, 6) },
                new() { Institution = University, StudyType = Pick(new[] { "Bachelor of Science", "Bachelor of Arts" }), Area = Pick(family.Areas), StartDate = Iso(phdEnd - 11, 9), EndDate = Iso(phdEnd - 7, 6) },
            };
            var deeds = family.Bullets.Select(b => b.Replace("{n}", "4").Replace("{t}", "R").Replace("{k}", "12")).ToList();
            var work = new List<Work>();
            if (phdEnd < 2025)
            {
                work.Add(Job(University, "Postdoctoral Research Fellow", phdEnd, 9, null, 1, deeds, random.Next(1, 3)));
            }
            work.Add(Job(phd, "Graduate Research Assistant", phdEnd - 5, 9, phdEnd < 2025 ? phdEnd : null, 5, deeds, random.Next(1, 3)));
            work.Add(Job(phd, "Teaching Assistant", phdEnd - 4, 9, phdEnd - 2, 5,
                ["Led three weekly discussion sections of 25 students in introductory " + area.ToLowerInvariant(), "Graded exams and held office hours each week", "Wrote new laboratory handouts adopted by the course"], random.Next(1, 3)));
            var r = Base(null, work, education);
            r.Publications = Some(PaperTopics, random.Next(2, 5)).Select(t => new Publication(t, Pick(Journals), Iso(phdEnd - random.Next(0, 4), random.Next(1, 13)))).ToList();
            r.Awards = Some(Grants, random.Next(1, 4)).Select(g => new Award(g.Title, Iso(phdEnd - random.Next(1, 5), random.Next(1, 13)), g.Awarder)).ToList();
            if (Chance(0.6))
            {
                r.References = Enumerable.Range(0, 2).Select(_ => new Reference($"Prof. {Pick(Words.GivenNames)} {Pick(Words.FamilyNames)}, {phd}", "")).ToList();
            }
            return r;
        }

        public Parse.Holdout.Resume Trades()
        {
            var work = Chain(random.Next(2, 5), 2, 3);
            var college = $"{Town} Technical College";
            var education = new List<Education>
            {
                new() { Institution = college, StudyType = "Certificate", Area = Pick(family.Areas), StartDate = Iso(2015, 9), EndDate = Iso(2016, 6) },
            };
            if (Chance(0.6))
            {
                education.Add(new Education { Institution = $"{Pick(SchoolNames)} High School", StudyType = "High School Diploma", Area = "", StartDate = Iso(2011, 9), EndDate = Iso(2015, 6) });
            }
            var r = Base(Chance(0.6) ? $"Reliable {work[0].Position.ToLowerInvariant()} looking for steady commercial and residential work." : null, work, education);
            r.Certificates = Some(family.Certificates, random.Next(1, 4)).Select(c => new Certificate(c, "State Licensing Board", Iso(2016 + random.Next(9), random.Next(1, 13)))).ToList();
            r.References = [new Reference(Pick(Words.ReferenceNotes), "")];
            return r;
        }

        public Parse.Holdout.Resume Service()
        {
            var work = Chain(random.Next(2, 5), 1, 3);
            var education = new List<Education>
            {
                Chance(0.5)
                    ? new Education { Institution = $"{Town} Community College", StudyType = "Associate of Applied Science", Area = Pick(family.Areas), StartDate = Iso(2017, 9), EndDate = Iso(2019, 5) }
                    : new Education { Institution = $"{Pick(SchoolNames)} High School", StudyType = "High School Diploma", Area = "", StartDate = Iso(2013, 9), EndDate = Iso(2017, 6) },
            };
            var r = Base($"Friendly, dependable {work[0].Position.ToLowerInvariant()} seeking a full-time role in a busy team.", work, education);
            if (Chance(0.7))
            {
                r.Certificates = Some(family.Certificates, random.Next(1, 3)).Select(c => new Certificate(c, "National Restaurant Association", Iso(2018 + random.Next(7), random.Next(1, 13)))).ToList();
            }
            r.References = [new Reference(Pick(Words.ReferenceNotes), "")];
            return r;
        }

        public Parse.Holdout.Resume Functional()
        {
            var work = person.Work!.Select(w => w with { Highlights = [] }).ToList();
            var summary = string.Join(" ", family.Bullets.Take(3).Select(b => b.Replace("{n}", "5").Replace("{p}", "20").Replace("{k}", "40").Replace("{t}", family.Skills[0].Keywords[0]) + "."));
            var r = Base(summary, work, person.Education!);
            r.Volunteer = Chance(0.4) ? person.Volunteer : null;
            r.Certificates = Chance(0.5) ? person.Certificates : null;
            return r;
        }

        /// <summary>Jobs one after another back from now, each with a few short bullets.</summary>
        private List<Work> Chain(int count, int minBullets, int maxBullets)
        {
            var list = new List<Work>();
            var (year, month) = (2025, random.Next(1, 13));
            var level = Math.Min(family.Titles.Length - 1, count);
            var deeds = family.Bullets.Select(b => b.Replace("{n}", random.Next(2, 9).ToString(CultureInfo.InvariantCulture)).Replace("{p}", "12").Replace("{k}", "40").Replace("{t}", family.Skills[0].Keywords[0])).ToList();
            for (var k = 0; k < count; k++)
            {
                var months = random.Next(8, 40);
                var start = new DateOnly(year, month, 1).AddMonths(-months);
                var company = Pick(family.Id == "trades" ? TradeFirms : Venues);
                list.Add(Job(company, family.Titles[Math.Max(0, level - k)], start.Year, start.Month, k == 0 && Chance(0.7) ? null : year, month, deeds, random.Next(minBullets, maxBullets + 1)));
                var next = start.AddMonths(-random.Next(0, 3));
                (year, month) = (next.Year, next.Month);
            }
            return list;
        }
    }
}
