using System.Globalization;
using System.Runtime.CompilerServices;
using Parse.Holdout;

namespace Parse.Styles;

/// <summary>One field of work outside software, as its people write it: titles from first job to senior, employers,
/// achievements with the figures the field counts in, the credentials it asks for (bar admission, CPA, PE, licensure),
/// the degrees it comes from, its skill groups and the headings it uses for work, credentials and service.</summary>
internal sealed record Profession(
    string Id,
    string[] Titles,
    string[] Employers,
    string[] Deeds,
    (string Name, string Issuer)[] Credentials,
    (string Degree, string Area, string School)[] Degrees,
    (string Group, string[] Keywords)[] Skills,
    string[] WorkHeadings,
    string[] CredentialHeadings,
    (string Org, string Role)[] Service,
    string[] ServiceHeadings,
    string? Postnominal = null);

/// <summary>People of the fields career centres see beyond software and the first round's students, nurses, teachers and
/// trades: law, accounting, sales and marketing, graphic design, kitchens, social work, lab science, civil and
/// mechanical engineering, veterans moving to civilian work, retail management, executives. <see cref="Career"/> makes
/// someone years into the field; <see cref="Graduate"/> a new graduate of it (scores as CGPA or percentages, an
/// internship, academic projects). The truth maps what they print into JSON Resume as a careful reader would: a
/// clerkship, a practicum and military service are work; bar admissions and licences are certificates; board seats are
/// volunteer; medals are awards. Templates read the headings the person's field uses through <see cref="Of"/>.</summary>
internal static class Careers
{
    public const string Career = "career", Graduate = "graduate", Mixed = "mixed", Studied = "studied";

    private static readonly ConditionalWeakTable<Parse.Holdout.Resume, Profession> Fields = new();

    /// <summary>The field a person made here works in (null for anyone else).</summary>
    public static Profession? Of(Parse.Holdout.Resume r) => Fields.TryGetValue(r, out var p) ? p : null;

    public static readonly Profession[] All =
    [
        new("law",
            ["Law Clerk", "Judicial Law Clerk", "Associate Attorney", "Senior Associate", "Partner"],
            ["Harlow & Finch LLP", "Office of the District Attorney", "Legal Aid Society of the Midlands", "Brennan Okafor Kessler LLP", "United States District Court", "Whitcombe Legal Group"],
            ["Drafted {n} dispositive motions and bench memoranda for the presiding judge",
             "Managed a caseload of {n}0 commercial lease disputes from intake to settlement",
             "Argued {n} motions in state court and second-chaired a two-week jury trial",
             "Negotiated settlements recovering ${n}.{n} million for clients",
             "Supervised {n} paralegals on document review for a multi-district litigation",
             "Wrote a practice guide on tenant protections used by the firm's pro bono clinic"],
            [("New York State Bar", "New York State Board of Law Examiners"), ("State Bar of California", "Supreme Court of California"),
             ("District of Columbia Bar", "D.C. Court of Appeals"), ("United States District Court, Southern District of New York", "S.D.N.Y.")],
            [("Juris Doctor", "Law", "School of Law"), ("Bachelor of Arts", "Political Science", "University")],
            [("Practice Areas", ["Commercial Litigation", "Contract Drafting", "Legal Research", "Appellate Briefs", "E-Discovery"]),
             ("Tools", ["Westlaw", "LexisNexis", "Relativity", "Clio"])],
            ["Legal Experience", "Professional Experience", "Experience"], ["Bar Admissions", "Admissions"],
            [("Volunteer Lawyers for the Arts", "Pro Bono Counsel"), ("Tenant Rights Clinic", "Volunteer Attorney")], ["Pro Bono Work", "Pro Bono & Community"], "J.D."),
        new("accounting",
            ["Staff Accountant", "Audit Associate", "Senior Auditor", "Audit Manager", "Controller"],
            ["Baird Whitman LLP", "Kessler & Young CPAs", "Northgate Manufacturing Co.", "Meridian Health Partners", "Alder Street Credit Union", "Crane Logistics Group"],
            ["Led audits of {n} clients with revenue up to ${n}00 million under GAAP",
             "Cut the month-end close from {n}0 to {n} days by automating reconciliations in Excel",
             "Prepared {n}0 federal and state tax returns for partnerships and S corporations",
             "Tested SOX controls across {n} business cycles and reported deficiencies to the audit committee",
             "Reconciled {n}00 general ledger accounts each quarter with no audit adjustments",
             "Built a cash-flow forecast that freed ${n}00K of working capital"],
            [("Certified Public Accountant (CPA)", "State Board of Accountancy"), ("Certified Management Accountant (CMA)", "Institute of Management Accountants"),
             ("Certified Internal Auditor (CIA)", "Institute of Internal Auditors")],
            [("Master of Accountancy", "Accounting", "University"), ("Bachelor of Business Administration", "Accounting", "University")],
            [("Accounting", ["GAAP", "IFRS", "SOX Compliance", "Financial Reporting", "Audit Planning"]),
             ("Software", ["QuickBooks", "SAP", "NetSuite", "Excel", "CaseWare"])],
            ["Professional Experience", "Accounting Experience"], ["Licenses & Certifications", "Certifications"],
            [("Volunteer Income Tax Assistance Program", "Tax Preparer"), ("Junior Achievement", "Finance Park Volunteer")], ["Community Service", "Volunteer Work"], "CPA"),
        new("sales",
            ["Sales Development Representative", "Account Executive", "Senior Account Executive", "Regional Sales Manager", "Director of Sales"],
            ["Brightline Software", "Apex Medical Supply", "Northwind Beverages", "Clearpath Logistics", "Summit Office Solutions", "Tidewater Media Group"],
            ["Closed ${n}.{n}M in new business, {n}12% of annual quota",
             "Ranked #{n} of {n}0 account executives nationally in FY2024",
             "Grew territory revenue {n}5% year over year by opening {n} new verticals",
             "Booked {n}0 qualified meetings a month through cold calls and LinkedIn outreach",
             "Launched an email campaign that lifted conversion {n}.{n}% and added {n}00 leads",
             "Coached a team of {n} reps to 105% of team quota"],
            [("Salesforce Certified Administrator", "Salesforce"), ("HubSpot Inbound Marketing Certification", "HubSpot Academy"), ("Google Ads Search Certification", "Google")],
            [("Bachelor of Business Administration", "Marketing", "University"), ("Bachelor of Arts", "Communication", "University")],
            [("Sales", ["Consultative Selling", "Pipeline Management", "Negotiation", "Account Planning"]), ("Tools", ["Salesforce", "HubSpot", "Outreach", "Gong", "ZoomInfo"])],
            ["Sales Experience", "Professional Experience", "Work History"], ["Certifications", "Training & Certifications"],
            [("Chamber of Commerce Young Professionals", "Events Lead")], ["Community", "Volunteer Work"]),
        new("design",
            ["Junior Graphic Designer", "Graphic Designer", "Senior Designer", "Art Director", "Creative Director"],
            ["Studio Lumen", "Paper Crane Creative", "Foxglove Design Co.", "Northbound Agency", "Oak & Ink Studio", "Bright Harbor Publishing"],
            ["Designed brand identities for {n} clients from logo to packaging",
             "Art-directed a rebrand that lifted web sign-ups {n}0%",
             "Laid out a {n}0-page annual report in InDesign on a two-week deadline",
             "Created social campaigns reaching {n}00K followers",
             "Built a shared component library in Figma used by {n} designers",
             "Won a regional ADDY award for a museum exhibition poster series"],
            [("Adobe Certified Professional: Graphic Design & Illustration", "Adobe")],
            [("Bachelor of Fine Arts", "Graphic Design", "College of Art and Design"), ("Associate of Applied Science", "Visual Communication", "Community College")],
            [("Design", ["Branding", "Typography", "Layout", "Illustration", "Packaging"]), ("Software", ["Adobe Illustrator", "Adobe InDesign", "Adobe Photoshop", "Figma", "After Effects"])],
            ["Experience", "Design Experience"], ["Certifications"],
            [("AIGA Local Chapter", "Mentor")], ["Volunteer"]),
        new("chef",
            ["Line Cook", "Chef de Partie", "Sous Chef", "Executive Sous Chef", "Head Chef"],
            ["Marigold Bistro", "The Larder House", "Grand Plaza Hotel", "Saltwater Kitchen", "Ember & Vine", "Harbour Street Brasserie"],
            ["Ran a {n}-cook line serving {n}00 covers a night",
             "Cut food cost from 3{n}% to 2{n}% by re-costing the menu and ordering to par",
             "Wrote a seasonal menu of {n}0 dishes built on local farms",
             "Trained {n} commis chefs in knife skills, sauces and station set-up",
             "Kept a 5-star food hygiene rating through {n} inspections",
             "Managed weekly ordering of ${n}0K with {n} suppliers"],
            [("ServSafe Food Protection Manager", "National Restaurant Association"), ("Level 3 Food Safety and Hygiene", "Highfield Qualifications"), ("Allergen Awareness", "Food Standards Agency")],
            [("Diploma", "Culinary Arts", "Culinary Institute"), ("Associate of Occupational Studies", "Culinary Arts", "Culinary Institute")],
            [("Kitchen", ["Menu Development", "Food Costing", "Butchery", "Pastry", "Inventory Control"]), ("Management", ["Rota Planning", "Staff Training", "HACCP"])],
            ["Culinary Experience", "Kitchen Experience", "Employment History"], ["Certifications", "Food Safety Certificates"],
            [("City Harvest Food Bank", "Volunteer Cook")], ["Volunteering"]),
        new("social",
            ["MSW Field Practicum Intern", "Case Manager", "Social Worker", "Clinical Social Worker", "Clinical Supervisor"],
            ["Riverside Family Services", "County Department of Human Services", "Harbor Behavioral Health", "Hope House Shelter", "Northside Community Mental Health Center", "Bridges Youth Services"],
            ["Carried a caseload of {n}0 adults with serious mental illness",
             "Completed biopsychosocial assessments and treatment plans for new clients",
             "Facilitated a weekly CBT skills group for {n} adolescents",
             "Linked {n}0 families to housing, SNAP and Medicaid benefits",
             "Provided crisis intervention and safety planning in the emergency department",
             "Documented progress notes in the EHR within 24 hours of each session"],
            [("Licensed Clinical Social Worker (LCSW)", "State Board of Social Work"), ("Licensed Master Social Worker (LMSW)", "State Board of Social Work"),
             ("Mental Health First Aid", "National Council for Mental Wellbeing"), ("Certified Alcohol and Drug Counselor (CADC)", "IC&RC")],
            [("Master of Social Work", "Social Work", "University"), ("Bachelor of Arts", "Psychology", "University")],
            [("Clinical", ["Motivational Interviewing", "Cognitive Behavioral Therapy", "Trauma-Informed Care", "Crisis Intervention", "Case Management"]), ("Systems", ["Epic", "TherapyNotes"])],
            ["Clinical Experience", "Professional Experience", "Field Experience"], ["Licensure", "Licensure & Certifications"],
            [("Crisis Text Line", "Crisis Counselor")], ["Volunteer Experience"], "LCSW"),
        new("lab",
            ["Research Technician", "Laboratory Technician", "Research Associate", "Scientist I", "Senior Scientist"],
            ["Halcyon Therapeutics", "Department of Molecular Biology", "Northgate Biosciences", "State Public Health Laboratory", "Verdant Genomics", "Institute for Cancer Research"],
            ["Ran qPCR and Western blot assays for {n} drug-discovery projects",
             "Maintained {n}0 mammalian cell lines under BSL-2 conditions",
             "Optimised a CRISPR-Cas9 knockout protocol, raising efficiency to {n}5%",
             "Analysed flow cytometry data for {n}00 samples in FlowJo",
             "Wrote SOPs for {n} assays adopted across the laboratory",
             "Co-authored {n} peer-reviewed papers on stress signalling"],
            [("Medical Laboratory Scientist (MLS)", "ASCP Board of Certification"), ("Biosafety Level 2 Training", "Environmental Health & Safety"), ("Good Laboratory Practice (GLP)", "Research Quality Association")],
            [("Master of Science", "Molecular Biology", "University"), ("Bachelor of Science", "Biology", "University")],
            [("Techniques", ["PCR", "qPCR", "Western Blotting", "Cell Culture", "Flow Cytometry", "ELISA", "CRISPR-Cas9"]), ("Software", ["GraphPad Prism", "FlowJo", "ImageJ", "R"])],
            ["Research Experience", "Laboratory Experience", "Experience"], ["Certifications & Training", "Training"],
            [("Science Olympiad", "Event Judge")], ["Outreach"]),
        new("engineering",
            ["Engineer in Training", "Project Engineer", "Civil Engineer II", "Senior Project Engineer", "Engineering Manager"],
            ["Whitfield Structural Engineers", "County Department of Transportation", "Granite Peak Construction", "Ridgeway Mechanical Systems", "Atlas Water Authority", "Cole & Marsh Consulting Engineers"],
            ["Designed {n} reinforced concrete bridges to AASHTO LRFD",
             "Managed a ${n}.{n}M culvert replacement from design through construction",
             "Modelled HVAC loads for a {n}0,000 sq ft hospital wing in Revit",
             "Reviewed {n}0 shop drawings and RFIs a month for a mid-rise build",
             "Cut steel tonnage {n}% through a value-engineering redesign",
             "Ran stormwater models in HEC-RAS for {n} subdivision permits"],
            [("Professional Engineer (PE)", "State Board of Registration for Professional Engineers"), ("Engineer in Training (EIT)", "NCEES"),
             ("OSHA 30-Hour Construction Safety", "OSHA"), ("LEED Green Associate", "U.S. Green Building Council")],
            [("Master of Science", "Civil Engineering", "University"), ("Bachelor of Science", "Mechanical Engineering", "University")],
            [("Design", ["AutoCAD Civil 3D", "Revit", "SolidWorks", "HEC-RAS", "SAP2000"]), ("Analysis", ["MATLAB", "ANSYS", "Finite Element Analysis"])],
            ["Engineering Experience", "Professional Experience"], ["Licensure", "Registrations & Certifications"],
            [("Engineers Without Borders", "Project Lead")], ["Service"], "P.E."),
        new("military",
            ["Logistics Specialist", "Sergeant, Squad Leader", "Staff Sergeant, Platoon Sergeant", "Operations Manager", "Director of Operations"],
            ["U.S. Army, 101st Airborne Division", "U.S. Marine Corps, 2nd Marine Logistics Group", "U.S. Navy, USS Harlan County", "Ironclad Freight Services", "Lakeside Distribution Center", "Fortis Security Group"],
            ["Led a team of {n} soldiers maintaining ${n}M in vehicles and equipment with zero losses",
             "Planned convoy logistics for {n}0 missions across two deployments",
             "Trained {n}0 personnel in safety and weapons qualification, with a 100% pass rate",
             "Managed inventory of {n},000 line items in GCSS-Army",
             "Translated military logistics into a civilian warehouse process that cut picking errors {n}0%",
             "Supervised {n} shift leads across a 24-hour distribution operation"],
            [("Lean Six Sigma Green Belt", "ASQ"), ("Secret Security Clearance", "U.S. Department of Defense"), ("CompTIA Security+", "CompTIA"), ("Project Management Professional (PMP)", "PMI")],
            [("Bachelor of Science", "Logistics Management", "University"), ("Associate of Applied Science", "Supply Chain Management", "Community College")],
            [("Leadership", ["Team Leadership", "Operations Planning", "Risk Management", "Training & Development"]), ("Systems", ["GCSS-Army", "SAP", "Microsoft Office"])],
            ["Military Experience", "Professional Experience", "Experience"], ["Certifications & Clearance", "Certifications"],
            [("Veterans of Foreign Wars Post 1124", "Quartermaster")], ["Service"]),
        new("retail",
            ["Sales Associate", "Key Holder", "Assistant Store Manager", "Store Manager", "District Manager"],
            ["Harbor Outfitters", "Green Basket Market", "Maple & Main Home Goods", "Brightway Pharmacy", "Trailhead Sports", "Cornerstone Books"],
            ["Grew comparable store sales {n}2% year over year",
             "Led a team of {n}0 associates across {n} departments",
             "Cut shrink from {n}.{n}% to 0.{n}% with new receiving checks",
             "Hired and trained {n} key holders, {n} of whom became managers",
             "Ran visual merchandising resets for {n} seasonal launches",
             "Kept payroll within 2% of budget while extending opening hours"],
            [("Certified Retail Manager", "National Retail Federation"), ("Food Handler Certificate", "State Health Department"), ("First Aid at Work", "St John Ambulance")],
            [("Bachelor of Science", "Business Management", "University"), ("Associate of Arts", "Retail Management", "Community College")],
            [("Retail", ["Visual Merchandising", "Inventory Control", "Loss Prevention", "P&L Management", "Scheduling"]), ("Systems", ["Oracle Retail", "Square", "Microsoft Excel"])],
            ["Retail Experience", "Work History", "Employment History"], ["Certifications"],
            [("Local Food Pantry", "Volunteer Coordinator")], ["Community Involvement"]),
        new("executive",
            ["Director of Operations", "Vice President, Operations", "Senior Vice President", "Chief Operating Officer", "Chief Executive Officer"],
            ["Halvorsen Industries", "Meridian Health Partners", "Bluewater Foods Inc.", "Carrow Capital Group", "Pinecrest Hospitality Group", "Stellar Components Ltd"],
            ["Grew revenue from ${n}0M to ${n}50M in four years through three acquisitions",
             "Led a turnaround that restored EBITDA margin to 1{n}%",
             "Reported to a board of {n} directors and led the IPO readiness programme",
             "Consolidated {n} plants into two, saving ${n}M a year",
             "Built an executive team of {n} and cut regretted attrition by half",
             "Opened operations in {n} new countries across Europe and Asia"],
            [("NACD Directorship Certification", "National Association of Corporate Directors"), ("Certified Director", "Institute of Directors")],
            [("Master of Business Administration", "Business Administration", "Business School"), ("Bachelor of Science", "Industrial Engineering", "University")],
            [("Leadership", ["Strategic Planning", "M&A Integration", "P&L Ownership", "Board Relations", "Change Management"])],
            ["Executive Experience", "Career History", "Professional Experience"], ["Certifications"],
            [("Riverside Community Foundation", "Board Member"), ("Northern Trade Council", "Board Chair"), ("Pinecrest Children's Hospital", "Treasurer, Board of Directors"), ("Lakeland Technology Ventures", "Advisory Board Member")],
            ["Board Service", "Board & Advisory Roles", "Board Memberships"]),
    ];

    private static readonly string[] SchoolFirst = ["Eastbrook", "Harwell", "Saint Columba", "Westmere", "Lakeshore", "Kingsford", "Ridgemont", "Carlow", "Ashbury", "Fairhaven"];

    public static Parse.Holdout.Resume Make(string shape, Random random)
    {
        // Mixed: the fifth round's people, mostly years into a field, now and then a new graduate of it. Studied: the
        // same for the dev styles written to reproduce a check style's producer, so adding one moves no other people.
        var graduate = shape == Graduate || (shape is Mixed or Studied && random.Next(4) == 0);
        var field = All[random.Next(All.Length)];
        var person = People.Make(random, Families.All.First(f => f.Id == "accountant"));
        var maker = new Maker(random, field, person);
        var resume = graduate ? maker.Graduate() : maker.Career();
        Fields.AddOrUpdate(resume, field);
        return resume;
    }

    private sealed class Maker(Random random, Profession field, Parse.Holdout.Resume person)
    {
        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private bool Chance(double p) => random.NextDouble() < p;

        private List<T> Some<T>(IReadOnlyList<T> items, int count) => items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count)).ToList();

        private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private string School(string kind) => kind == "University" ? Pick(Words.Universities) : $"{Pick(SchoolFirst)} {kind}";

        private string? Place => person.Basics.Location is { } l ? l.City + (l.Region is { } r ? ", " + r : "") : null;

        private List<string> Deeds(int count) =>
            Some(field.Deeds, count).Select(d => d.Replace("{n}", random.Next(2, 9).ToString(CultureInfo.InvariantCulture))).ToList();

        private List<Skill> Skills() => field.Skills.Select(g => new Skill(g.Group, Some(g.Keywords, random.Next(3, g.Keywords.Length + 1)))).ToList();

        private Basics Basics(string? summary) => person.Basics with
        {
            Label = null,
            Summary = summary,
            // Designers link their portfolio; others now and then a site.
            Url = field.Id == "design" ? $"https://{person.Basics.Email.Split('@')[0].Replace(".", "")}.design" : Chance(0.15) ? person.Basics.Url : null,
        };

        public Parse.Holdout.Resume Career()
        {
            var jobs = random.Next(2, 5);
            var top = Math.Min(field.Titles.Length - 1, jobs - 1 + random.Next(0, 2));
            var work = new List<Work>();
            var end = new DateOnly(2025, random.Next(1, 13), 1);
            var employers = Some(field.Employers, jobs);
            for (var k = 0; k < jobs; k++)
            {
                var start = end.AddMonths(-random.Next(14, 60));
                work.Add(new Work
                {
                    Name = employers[k],
                    Position = field.Titles[Math.Max(0, top - k)],
                    Location = Chance(0.6) ? Place : null,
                    StartDate = Iso(start),
                    EndDate = k == 0 && Chance(0.6) ? null : Iso(end),
                    Highlights = Deeds(random.Next(2, 5)),
                });
                end = start.AddMonths(-random.Next(0, 4));
            }
            var finished = end.Year;
            var education = field.Degrees.Take(Chance(0.5) ? 2 : 1).Select((d, k) => new Education
            {
                Institution = School(d.School),
                StudyType = d.Degree,
                Area = d.Area,
                StartDate = Iso(new DateOnly(finished - 4 - 3 * k, 9, 1)),
                EndDate = Iso(new DateOnly(finished - 3 * k, 5, 1)),
            }).ToList();
            var r = new Parse.Holdout.Resume
            {
                Basics = Basics($"{field.Titles[top]} with {2025 - int.Parse(work[^1].StartDate[..4], CultureInfo.InvariantCulture)} years of experience in {field.Skills[0].Keywords[0].ToLowerInvariant()} and {field.Skills[0].Keywords[1].ToLowerInvariant()}; known for clear results and steady teams."),
                Work = work,
                Education = education,
                Skills = Skills(),
                Languages = Chance(0.35) ? person.Languages : null,
            };
            var certs = Some(field.Credentials, random.Next(1, Math.Min(3, field.Credentials.Length) + 1));
            if (certs.Count > 0)
            {
                r.Certificates = certs.Select(c => new Certificate(c.Name, c.Issuer, Iso(new DateOnly(2012 + random.Next(13), random.Next(1, 13), 1)))).ToList();
            }
            if (Chance(field.Id == "executive" ? 1 : 0.45))
            {
                r.Volunteer = Some(field.Service, random.Next(1, 3)).Select(s => new Volunteer
                {
                    Organization = s.Org,
                    Position = s.Role,
                    StartDate = Iso(new DateOnly(2016 + random.Next(8), random.Next(1, 13), 1)),
                    EndDate = Chance(0.6) ? null : "2025-03-01",
                }).ToList();
            }
            if (field.Id == "lab" && Chance(0.8))
            {
                r.Publications = Enumerable.Range(0, random.Next(1, 4)).Select(k => new Publication(
                    Pick(new[] { "Heat stress reshapes ribosome occupancy in barley roots", "A CRISPR screen for regulators of autophagy", "Rapid qPCR detection of norovirus in wastewater", "Gut microbiome shifts after antibiotic exposure in mice" }),
                    Pick(new[] { "PLOS ONE", "Scientific Reports", "Journal of Cell Science", "Applied and Environmental Microbiology" }), Iso(new DateOnly(2019 + k, random.Next(1, 13), 1)))).DistinctBy(p => p.Name).ToList();
            }
            if (field.Id == "military" || Chance(0.2))
            {
                r.Awards = field.Id == "military"
                    ? [new("Army Commendation Medal", "2019-06-01", "U.S. Army"), new("Good Conduct Medal", "2018-03-01", "U.S. Army")]
                    : [new(field.Id == "design" ? "Gold ADDY Award" : "Employee of the Year", Iso(new DateOnly(2020 + random.Next(5), random.Next(1, 13), 1)), work[^1].Name)];
            }
            if (Chance(0.5))
            {
                r.References = [new Reference(Pick(Words.ReferenceNotes), "")];
            }
            return r;
        }

        public Parse.Holdout.Resume Graduate()
        {
            var year = Chance(0.5) ? 2025 : 2026;
            var (degree, area, school) = field.Degrees[^1];
            var cgpa = Chance(0.5);
            var education = new List<Education>
            {
                new()
                {
                    Institution = School(school), StudyType = degree, Area = area, StartDate = Iso(new DateOnly(year - 4, 8, 1)), EndDate = Iso(new DateOnly(year, 5, 1)),
                    Score = cgpa ? $"CGPA {7 + random.NextDouble() * 2.6:0.00}/10".Replace(',', '.') : $"GPA {3.1 + random.NextDouble() * 0.85:0.00}/4.00".Replace(',', '.'),
                },
                new()
                {
                    Institution = $"{Pick(SchoolFirst)} Senior Secondary School", StudyType = "Higher Secondary Certificate", Area = Pick(new[] { "Science", "Commerce", "Arts" }),
                    StartDate = Iso(new DateOnly(year - 6, 6, 1)), EndDate = Iso(new DateOnly(year - 4, 3, 1)), Score = $"{70 + random.NextDouble() * 28:0.0}%".Replace(',', '.'),
                },
            };
            var work = new List<Work>();
            foreach (var k in Enumerable.Range(0, random.Next(1, 3)))
            {
                var start = new DateOnly(year - 1 - k, 5 + random.Next(2), 1);
                work.Add(new Work
                {
                    Name = Pick(field.Employers.Except(work.Select(w => w.Name)).ToList()),
                    Position = $"{field.Titles[0].Replace(" Intern", "")} Intern",
                    Location = Chance(0.5) ? Place : null,
                    StartDate = Iso(start),
                    EndDate = Iso(start.AddMonths(2 + random.Next(2))),
                    Highlights = Deeds(random.Next(1, 4)),
                });
            }
            var r = new Parse.Holdout.Resume
            {
                Basics = Basics(Chance(0.8) ? $"Motivated {area.ToLowerInvariant()} graduate seeking an entry-level role where I can apply my training in {field.Skills[0].Keywords[0].ToLowerInvariant()} and grow with the organisation." : null),
                Work = work,
                Education = education,
                Skills = Skills(),
                Languages = Chance(0.6) ? person.Languages : null,
            };
            if (Chance(0.7))
            {
                r.Projects = Enumerable.Range(0, random.Next(1, 3)).Select(k => new Project
                {
                    Name = k == 0 ? $"Capstone Project: {field.Skills[0].Keywords[^1]} Study" : $"Course Project in {field.Skills[^1].Group}",
                    Description = $"Applied {field.Skills[^1].Keywords[0]} to a {area.ToLowerInvariant()} problem set by faculty and presented the results to a panel.",
                }).ToList();
            }
            if (Chance(0.5))
            {
                var c = field.Credentials[^1];
                r.Certificates = [new Certificate(c.Name, c.Issuer, Iso(new DateOnly(year - 1, random.Next(1, 13), 1)))];
            }
            if (Chance(0.5))
            {
                r.Interests = Some(Words.Interests, 3).Select(i => new Interest(i, null)).ToList();
            }
            return r;
        }
    }
}
