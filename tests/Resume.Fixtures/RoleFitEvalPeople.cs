namespace Resume.Fixtures;

/// <summary>
/// The third batch of the role-fit evaluation: people written by hand like the files under <c>RoleFitEval/</c>, laid out
/// as PDF and DOCX, so the set also goes through the parser's PDF and Word paths. Written after the role-fit changes and
/// scored once before any further one. Any likeness to real persons is coincidence.
/// </summary>
internal static class RoleFitEvalPeople
{
    private const string B = "backend-developer", M = "mobile-developer", DS = "data-scientist", PD = "product-designer", RN = "registered-nurse",
        T = "teacher", A = "accountant", MK = "marketing-specialist", ME = "mechanical-engineer", G = "general";

    public static IEnumerable<RoleFitCase> Cases()
    {
        yield return Case("b3-occupational-therapist.pdf", "occupational therapist", "no-guide", [G], B, PdfResume.TwoColumn(OccupationalTherapist), partialOk: [RN]);
        yield return Case("b3-ios-software-engineer.docx", "mobile developer", "field", [M], RN, DocxResume.Build(IosEngineer));
        yield return Case("b3-staff-accountant.pdf", "accountant", "field", [A], T, PdfResume.Table(StaffAccountant));
        yield return Case("b3-college-maths-lecturer.docx", "lecturer", "field", [T, G], B, DocxResume.Build(MathsLecturer, new DocxOptions { LayoutTables = true }), own: [T]);
        yield return Case("b3-content-marketing.pdf", "marketing", "field", [MK], ME, PdfResume.SingleColumn(ContentMarketer));
        yield return Case("b3-maintenance-engineer.pdf", "maintenance engineer", "field", [ME, G], A, PdfResume.TwoColumn(MaintenanceEngineer), own: [ME]);
        yield return Case("b3-data-analyst-graduate.docx", "data analyst", "student", [DS], RN, DocxResume.Build(DataGraduate));
        yield return Case("b3-chef-de-cuisine.pdf", "chef", "no-guide", [G], DS, PdfResume.SingleColumn(ChefDeCuisine));
        yield return Case("b3-er-nurse.docx", "registered nurse", "field", [RN], B, DocxResume.Build(ErNurse, new DocxOptions { ContactInHeader = true }));
        yield return Case("b3-ux-designer.pdf", "product / UX designer", "field", [PD], A, PdfResume.Table(UxDesigner));
    }

    private static RoleFitCase Case(
        string file, string occupation, string kind, string[] auto, string wrong, byte[] content, string[]? partialOk = null, string[]? own = null) =>
        new(file, occupation, kind, auto, partialOk ?? [], own ?? auto.Where(r => r != G).ToArray(), wrong, 3, content);

    private static Person OccupationalTherapist { get; } = new()
    {
        Name = "Rachel Okonkwo-Hart",
        Label = "Occupational Therapist",
        Email = "rachel.oh@example.co.uk",
        Phone = "+44 7700 900 118",
        City = "Nottingham",
        Region = "UK",
        Summary = "HCPC-registered occupational therapist with six years in stroke rehabilitation and community care, helping people get back to daily life at home.",
        Jobs =
        [
            new("Nottingham University Hospitals NHS Trust", "Senior Occupational Therapist, Stroke Unit", new(2021, 4, 1), null, "Nottingham",
            [
                "Assess 10 stroke patients a week for function, cognition and home safety before discharge",
                "Set up an early supported discharge pathway that cut average length of stay by 4 days",
                "Supervise 2 band 5 therapists and 3 students a year",
            ]),
            new("Derbyshire Community Health Services", "Occupational Therapist", new(2019, 9, 1), new(2021, 3, 1), "Derby",
            [
                "Ran home visits and ordered equipment and adaptations for 40 clients a month",
            ]),
        ],
        Schools = [new("University of Derby", "BSc (Hons)", "Occupational Therapy", new(2016, 9, 1), new(2019, 6, 1))],
        Skills = [new("Clinical", ["Functional assessment", "Cognitive assessment", "Splinting", "Moving and handling", "Discharge planning"]), new("Systems", ["SystmOne", "Microsoft Office"])],
        Certificates = [new("HCPC Registration", "Health and Care Professions Council", new(2019, 8, 1))],
    };

    private static Person IosEngineer { get; } = new()
    {
        Name = "Mateus Carvalho",
        Label = "Software Engineer",
        Email = "mateus.carvalho@example.com",
        Phone = "+351 912 555 087",
        City = "Porto",
        Region = "Portugal",
        GitHub = "mcarvalho",
        Summary = "Software engineer on iPhone apps for seven years, from banking to fitness. I care about smooth scrolling, small binaries and accessible screens.",
        Jobs =
        [
            new("Douro Bank", "Software Engineer, iOS", new(2022, 1, 1), null, "Porto",
            [
                "Rebuilt the payments flow in SwiftUI; VoiceOver users can now complete transfers end to end",
                "Cut the app's download size from 180 MB to 95 MB by moving assets to on-demand resources",
                "Ship a release every two weeks through TestFlight with a crash-free rate of 99.8%",
            ]),
            new("Ribeira Labs", "Software Engineer", new(2019, 2, 1), new(2021, 12, 1), "Porto",
            [
                "Built UIKit screens and Core Data sync for a workout app with 300K monthly users",
            ]),
        ],
        Schools = [new("Universidade do Porto", "MSc", "Informatics and Computing Engineering", new(2014, 9, 1), new(2019, 1, 1))],
        Skills = [new("Languages", ["Swift", "Objective-C"]), new("Frameworks", ["SwiftUI", "UIKit", "Combine", "Core Data", "XCTest"]), new("Tools", ["Xcode", "Fastlane", "Git"])],
    };

    private static Person StaffAccountant { get; } = new()
    {
        Name = "Grace Lindqvist",
        Label = "Staff Accountant",
        Email = "grace.lindqvist@example.com",
        Phone = "+1 612 555 0181",
        City = "Minneapolis",
        Region = "MN",
        Summary = "Staff accountant with three years of month-end close, reconciliations and audit support for a manufacturing group on NetSuite.",
        Jobs =
        [
            new("North Star Components", "Staff Accountant", new(2023, 1, 1), null, "Minneapolis, MN",
            [
                "Reconcile 60 balance sheet accounts monthly and post accruals and prepaid entries",
                "Prepared PBC schedules for the external audit, which closed two weeks earlier than the prior year",
                "Built a fixed asset roll-forward in Excel that replaced a manual listing of 900 assets",
            ]),
            new("Lakeside CPA Group", "Accounting Intern", new(2022, 5, 1), new(2022, 8, 1), "St. Paul, MN",
            [
                "Prepared 40 individual tax returns and bank reconciliations for small business clients",
            ]),
        ],
        Schools = [new("University of Minnesota", "BS", "Accounting", new(2018, 9, 1), new(2022, 5, 1))],
        Skills = [new("Accounting", ["US GAAP", "Month-end close", "Account reconciliation", "Accruals", "Fixed assets"]), new("Systems", ["NetSuite", "Excel", "Power Query"])],
        Certificates = [new("CPA candidate (FAR and AUD passed)", "Minnesota Board of Accountancy", new(2025, 11, 1))],
    };

    private static Person MathsLecturer { get; } = new()
    {
        Name = "Pieter van der Berg",
        Label = "Mathematics Lecturer",
        Email = "pieter.vdberg@example.ac.za",
        Phone = "+27 21 555 0140",
        City = "Cape Town",
        Region = "South Africa",
        Summary = "Mathematics lecturer at a further education college, teaching engineering maths and statistics to 300 students a year.",
        Jobs =
        [
            new("False Bay TVET College", "Mathematics Lecturer", new(2018, 1, 1), null, "Cape Town",
            [
                "Teach engineering mathematics and statistics to 10 classes of N4 to N6 students",
                "Redesigned the first-year assessment plan with weekly quizzes; the pass rate rose from 54% to 71%",
                "Run a Saturday support class for 40 students who failed the first test",
            ]),
            new("Bellville High School", "Mathematics Teacher", new(2013, 1, 1), new(2017, 12, 1), "Bellville",
            [
                "Taught mathematics to grades 10 to 12 and coached the school's olympiad team",
            ]),
        ],
        Schools =
        [
            new("Stellenbosch University", "PGCE", "Senior and FET Phase, Mathematics", new(2012, 1, 1), new(2012, 12, 1)),
            new("Stellenbosch University", "BSc", "Mathematics and Applied Mathematics", new(2009, 1, 1), new(2011, 12, 1)),
        ],
        Skills = [new("Teaching", ["Lesson planning", "Assessment design", "Moodle", "GeoGebra"]), new("Office", ["Microsoft Excel", "LaTeX"])],
        Certificates = [new("SACE registration", "South African Council for Educators", new(2013, 1, 1))],
    };

    private static Person ContentMarketer { get; } = new()
    {
        Name = "Isla Morrison",
        Label = "Content Marketing Manager",
        Email = "isla.morrison@example.com",
        Phone = "+1 303 555 0147",
        City = "Denver",
        Region = "CO",
        LinkedIn = "islamorrison",
        Summary = "Content marketer for B2B software, six years. I plan editorial calendars, write and edit, and measure what content brings in pipeline.",
        Jobs =
        [
            new("Peakline Software", "Content Marketing Manager", new(2022, 3, 1), null, "Denver, CO",
            [
                "Own the blog, guides and webinars; organic sign-ups grew from 900 to 2,600 a month",
                "Run a team of 2 writers and 6 freelancers on a weekly editorial calendar",
                "Launched a benchmark report that produced 1,400 leads and $600K of pipeline",
            ]),
            new("Front Range Agency", "Copywriter", new(2019, 6, 1), new(2022, 2, 1), "Boulder, CO",
            [
                "Wrote landing pages, emails and ads for 12 SaaS clients",
            ]),
        ],
        Schools = [new("University of Colorado Boulder", "BA", "English", new(2015, 9, 1), new(2019, 5, 1))],
        Skills = [new("Marketing", ["Content strategy", "SEO", "Copywriting", "Email marketing"]), new("Tools", ["HubSpot", "Google Analytics", "Semrush", "WordPress"])],
    };

    private static Person MaintenanceEngineer { get; } = new()
    {
        Name = "Dariusz Nowicki",
        Label = "Maintenance Engineer",
        Email = "dariusz.nowicki@example.co.uk",
        Phone = "+44 7700 900 266",
        City = "Telford",
        Region = "UK",
        Summary = "Mechanical maintenance engineer with nine years in food and packaging plants, keeping lines running and cutting breakdowns.",
        Jobs =
        [
            new("Severn Foods Ltd", "Maintenance Engineer", new(2020, 2, 1), null, "Telford",
            [
                "Keep 6 packaging lines running on a 24/7 shift pattern; line availability rose from 84% to 93%",
                "Introduced a planned preventive maintenance schedule in the CMMS, halving breakdown call-outs",
                "Led root cause analysis on gearbox failures and changed the lubrication regime",
            ]),
            new("Wrekin Plastics", "Maintenance Technician", new(2016, 9, 1), new(2020, 1, 1), "Shrewsbury",
            [
                "Repaired hydraulics and pneumatics on 12 injection moulding machines",
            ]),
        ],
        Schools = [new("Telford College", "HNC", "Mechanical Engineering", new(2014, 9, 1), new(2016, 6, 1))],
        Skills = [new("Engineering", ["Hydraulics", "Pneumatics", "Root cause analysis", "Preventive maintenance", "PLC fault finding"]), new("Office", ["Microsoft Excel", "CMMS"])],
    };

    private static Person DataGraduate { get; } = new()
    {
        Name = "Chloe Tanaka",
        Label = "Data Analyst",
        Email = "chloe.tanaka@example.edu",
        Phone = "+1 206 555 0133",
        City = "Seattle",
        Region = "WA",
        GitHub = "chloetanaka",
        Summary = "Statistics graduate looking for a first data analyst role. I clean data, model it in Python and R, and explain the results plainly.",
        Jobs =
        [
            new("Puget Sound Transit", "Data Analytics Intern", new(2025, 6, 1), new(2025, 9, 1), "Seattle, WA",
            [
                "Analysed 2 million trip records in SQL and Python to find the 20 most delayed bus routes",
                "Built a Tableau dashboard of on-time performance used in the weekly operations meeting",
            ]),
        ],
        Schools = [new("University of Washington", "BS", "Statistics", new(2022, 9, 1), new(2026, 6, 1))],
        Skills = [new("Languages", ["Python", "R", "SQL"]), new("Libraries", ["Pandas", "scikit-learn", "ggplot2"]), new("Tools", ["Tableau", "Jupyter", "Git"])],
    };

    private static Person ChefDeCuisine { get; } = new()
    {
        Name = "Antoine Mercier",
        Label = "Chef de Cuisine",
        Email = "antoine.mercier@example.fr",
        Phone = "+33 6 55 21 44 90",
        City = "Lyon",
        Region = "France",
        Summary = "Chef de cuisine with twelve years in bistronomy and hotel kitchens. I build menus around local producers and run kitchens that keep their staff.",
        Jobs =
        [
            new("Bistrot des Halles", "Chef de Cuisine", new(2019, 3, 1), null, "Lyon",
            [
                "Lead a brigade of 9 for 120 covers a night; the restaurant entered the Michelin Guide's Bib Gourmand in 2023",
                "Rewrote the menu each season with 15 local producers and held food cost at 28%",
                "Trained 6 apprentices, 4 of whom stayed on as commis",
            ]),
            new("Hôtel Bellecour", "Sous Chef", new(2014, 5, 1), new(2019, 2, 1), "Lyon",
            [
                "Ran banquets for up to 350 guests and the hotel's room service kitchen",
            ]),
        ],
        Schools = [new("Institut Paul Bocuse", "Bachelor", "Culinary Arts", new(2010, 9, 1), new(2013, 6, 1))],
        Skills = [new("Kitchen", ["Menu design", "Food costing", "HACCP", "Butchery", "Pastry basics"]), new("Languages", ["French", "English"])],
    };

    private static Person ErNurse { get; } = new()
    {
        Name = "Marcus Adeyemi",
        Label = "Emergency Room Nurse",
        Email = "marcus.adeyemi@example.com",
        Phone = "+1 404 555 0119",
        City = "Atlanta",
        Region = "GA",
        Summary = "ER nurse with five years in a level I trauma center. Calm in resuscitations, quick at triage, and a preceptor for new graduates.",
        Jobs =
        [
            new("Grady Memorial Hospital", "Emergency Department RN", new(2021, 7, 1), null, "Atlanta, GA",
            [
                "Triage and treat 20 to 25 patients a shift in a 100-bed level I trauma emergency department",
                "Cut door-to-ECG time for chest pain patients from 14 to 7 minutes with a triage protocol",
                "Precept 8 new graduate nurses a year through a 12-week orientation",
            ]),
            new("Piedmont Atlanta Hospital", "Staff Nurse, Medical-Surgical", new(2020, 6, 1), new(2021, 6, 1), "Atlanta, GA",
            [
                "Cared for 5 to 6 post-surgical patients per shift",
            ]),
        ],
        Schools = [new("Emory University", "BSN", "Nursing", new(2016, 8, 1), new(2020, 5, 1))],
        Skills = [new("Clinical", ["Triage", "Trauma care", "IV therapy", "Cardiac monitoring"]), new("Systems", ["Epic"])],
        Certificates = [new("Registered Nurse, Georgia", "Georgia Board of Nursing", new(2020, 7, 1)), new("TNCC", "Emergency Nurses Association", new(2022, 3, 1)), new("ACLS", "American Heart Association", new(2025, 1, 1))],
    };

    private static Person UxDesigner { get; } = new()
    {
        Name = "Leila Farahani",
        Label = "UX Designer",
        Email = "leila.farahani@example.ca",
        Phone = "+1 604 555 0126",
        City = "Vancouver",
        Region = "BC",
        Website = "leilafarahani.design",
        Summary = "UX designer with five years on health and government services. I research, prototype and test until people can finish what they came to do.",
        Jobs =
        [
            new("Coastal Health Digital", "UX Designer", new(2022, 2, 1), null, "Vancouver, BC",
            [
                "Redesigned online appointment booking after 25 usability sessions; completion rose from 61% to 88%",
                "Ran discovery interviews with 30 patients and clinic staff and turned them into journey maps",
                "Keep the service's Figma design system with 2 front-end developers",
            ]),
            new("Province of British Columbia", "Junior Interaction Designer", new(2020, 5, 1), new(2022, 1, 1), "Victoria, BC",
            [
                "Designed forms for 6 permit services to WCAG 2.1 AA",
            ]),
        ],
        Schools = [new("Emily Carr University of Art + Design", "BDes", "Interaction Design", new(2016, 9, 1), new(2020, 4, 1))],
        Skills = [new("Design", ["User research", "Usability testing", "Prototyping", "Journey mapping"]), new("Tools", ["Figma", "Miro", "Maze"])],
    };
}
