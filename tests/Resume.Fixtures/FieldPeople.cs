namespace Resume.Fixtures;

/// <summary>
/// One made-up person for every role guide, each writing the way people of that field do: their titles, skills, studies
/// and work. Role fit is tested on them (each must fit its own guide best), and the page flow scans three of them.
/// Any likeness to real persons is coincidence.
/// </summary>
public static class FieldPeople
{
    public static Person Nurse { get; } = new()
    {
        Name = "Amara Okafor",
        Label = "Registered Nurse, BSN",
        Email = "amara.okafor@example.com",
        Phone = "+1 312 555 0142",
        City = "Chicago",
        Region = "IL",
        LinkedIn = "amara-okafor-rn",
        Summary = "Registered nurse with 6 years of experience on a 32-bed cardiac telemetry unit, holding BLS and ACLS. Precepted 12 new graduates and led a falls-prevention project that cut unit falls by 38% in one year.",
        Jobs =
        [
            new("Lakeshore General Hospital", "Registered Nurse, Cardiac Telemetry", new(2020, 5, 1), null, "Chicago, IL",
            [
                "Assessed and cared for 5 to 6 cardiac patients per shift on a 32-bed telemetry unit, titrating drips under protocol",
                "Led a falls-prevention bundle with hourly rounding that cut unit falls by 38% in 12 months",
                "Precepted 12 newly graduated nurses through a 10-week orientation; all completed it on schedule",
                "Taught heart-failure self-care to 150 patients and families before discharge, lowering 30-day readmissions by 9%",
            ]),
            new("Mercy Community Hospital", "Staff Nurse, Medical-Surgical", new(2018, 6, 1), new(2020, 4, 1), "Evanston, IL",
            [
                "Administered medication and IV therapy to up to 7 post-operative patients per shift",
                "Kept zero central-line infections on the unit for 14 months as infection-control champion",
            ]),
        ],
        Schools = [new("University of Illinois Chicago", "Bachelor of Science in Nursing", "Nursing", new(2014, 9, 1), new(2018, 5, 1))],
        Skills =
        [
            new("Clinical", ["Patient assessment", "Medication administration", "IV therapy", "Telemetry", "Wound care", "Care planning", "Patient education", "Infection control"]),
            new("Systems", ["Epic", "Electronic health records", "Microsoft Office"]),
        ],
        Certificates =
        [
            new("Registered Nurse licence, Illinois", "Illinois Department of Financial and Professional Regulation", new(2018, 7, 1)),
            new("Basic Life Support (BLS)", "American Heart Association", new(2024, 3, 1)),
            new("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", new(2024, 3, 1)),
        ],
        Languages = [("English", "Native"), ("Igbo", "Fluent")],
    };

    public static Person Teacher { get; } = new()
    {
        Name = "Siobhan Walsh",
        Label = "Secondary Science Teacher",
        Email = "siobhan.walsh@example.org",
        Phone = "+44 161 496 0734",
        City = "Manchester",
        Region = "UK",
        Summary = "Qualified science teacher with 7 years of experience teaching biology and chemistry to students aged 11 to 18. Raised the share of GCSE chemistry students reaching grade 5 or above from 58% to 79% through data-led reteaching.",
        Jobs =
        [
            new("Oakfield Academy", "Science Teacher and Head of Chemistry", new(2020, 9, 1), null, "Manchester",
            [
                "Raised the share of GCSE chemistry students reaching grade 5 or above from 58% to 79% in three years",
                "Designed a differentiated scheme of work for Year 9 used by 6 teachers across 11 classes",
                "Adapted lessons and resources for 14 students with SEN support plans; 12 met their termly targets",
                "Ran a weekly after-school STEM club attended by 40 students, with 2 national competition finalists",
            ]),
            new("St Anne's High School", "Newly Qualified Teacher, Science", new(2018, 9, 1), new(2020, 8, 1), "Stockport",
            [
                "Taught biology and chemistry lessons to 5 classes of students aged 11 to 16",
                "Introduced low-stakes weekly quizzes that lifted end-of-unit test scores by 12 points on average",
            ]),
        ],
        Schools =
        [
            new("University of Manchester", "PGCE", "Secondary Science Education", new(2017, 9, 1), new(2018, 6, 1)),
            new("University of Leeds", "BSc", "Biochemistry", new(2014, 9, 1), new(2017, 6, 1)),
        ],
        Skills =
        [
            new("Teaching", ["Lesson planning", "Differentiated instruction", "Classroom management", "Formative assessment", "Curriculum design", "Safeguarding"]),
            new("Technology", ["Google Classroom", "Interactive whiteboards", "Microsoft Office"]),
        ],
        Certificates = [new("Qualified Teacher Status (QTS)", "Department for Education", new(2018, 7, 1))],
        Languages = [("English", "Native"), ("Irish", "Conversational")],
    };

    public static Person Accountant { get; } = new()
    {
        Name = "Daniel Reyes",
        Label = "Senior Accountant, CPA",
        Email = "daniel.reyes@example.net",
        Phone = "+1 512 555 0198",
        City = "Austin",
        Region = "TX",
        LinkedIn = "daniel-reyes-cpa",
        Summary = "Senior accountant and CPA with 8 years of experience owning the month-end close and financial reporting for a $60M company on NetSuite. Cut the close from 10 days to 5 and traced a $48K accrual error in a quarterly review.",
        Jobs =
        [
            new("Bluebonnet Logistics", "Senior Accountant", new(2019, 2, 1), null, "Austin, TX",
            [
                "Cut the month-end close from 10 days to 5 for 4 entities by automating 30 bank reconciliations in NetSuite",
                "Prepared GAAP financial statements and PBC schedules for the year-end audit, which closed with no adjustments",
                "Traced a recurring $48K accrual variance to a misposted vendor invoice and fixed its journal entry rules",
            ]),
            new("Hill Country Foods", "Staff Accountant", new(2016, 6, 1), new(2019, 1, 1), "San Marcos, TX",
            [
                "Reconciled 45 balance sheet accounts a month and kept the general ledger for a $22M business",
                "Processed accounts payable for 300 vendors, capturing $18K a year in early-payment discounts",
            ]),
        ],
        Schools = [new("Texas State University", "Bachelor of Business Administration", "Accounting", new(2012, 8, 1), new(2016, 5, 1))],
        Skills =
        [
            new("Accounting", ["GAAP", "Account reconciliation", "Month-end close", "General ledger", "Financial reporting", "Variance analysis", "Accounts payable"]),
            new("Systems", ["NetSuite", "QuickBooks", "Microsoft Excel", "Pivot tables"]),
        ],
        Certificates = [new("Certified Public Accountant (CPA)", "Texas State Board of Public Accountancy", new(2018, 10, 1))],
        Languages = [("English", "Native"), ("Spanish", "Fluent")],
    };

    public static Person Marketer { get; } = new()
    {
        Name = "Priya Raman",
        Label = "Digital Marketing Specialist",
        Email = "priya.raman@example.com",
        Phone = "+1 646 555 0117",
        City = "New York",
        Region = "NY",
        LinkedIn = "priya-raman-marketing",
        Website = "priyaraman.work",
        Summary = "Digital marketing specialist with 5 years of experience in paid search, email and content for B2B software. Grew inbound leads by 140% in a year while cutting cost per lead from $62 to $27.",
        Jobs =
        [
            new("Northbeam Software", "Digital Marketing Specialist", new(2021, 3, 1), null, "New York, NY",
            [
                "Ran Google Ads and LinkedIn campaigns on a $40K monthly budget, cutting cost per lead from $62 to $27",
                "Launched a nurture email series in HubSpot with a 38% open rate that added $1.1M to the sales pipeline",
                "Grew organic traffic from 12K to 41K visits a month through SEO and a weekly content calendar",
            ]),
            new("Brightline Agency", "Marketing Coordinator", new(2019, 6, 1), new(2021, 2, 1), "Brooklyn, NY",
            [
                "Managed social media for 6 clients, growing combined followers by 55K in 18 months",
                "Set up Google Analytics dashboards and A/B tests that lifted landing page conversion from 2.1% to 3.4%",
            ]),
        ],
        Schools = [new("Baruch College", "BBA", "Marketing", new(2015, 9, 1), new(2019, 5, 1))],
        Skills =
        [
            new("Marketing", ["SEO", "Google Ads", "Email marketing", "Content marketing", "Social media marketing", "A/B testing"]),
            new("Tools", ["Google Analytics", "HubSpot", "Semrush", "Canva"]),
        ],
        Certificates = [new("Google Ads Search Certification", "Google", new(2023, 4, 1))],
        Languages = [("English", "Native"), ("Tamil", "Fluent")],
    };

    public static Person MechanicalEngineer { get; } = new()
    {
        Name = "Lukas Brandt",
        Label = "Mechanical Design Engineer",
        Email = "lukas.brandt@example.de",
        Phone = "+49 711 555 0163",
        City = "Stuttgart",
        Region = "Germany",
        LinkedIn = "lukas-brandt-me",
        Summary = "Mechanical design engineer with 6 years of experience in SolidWorks and ANSYS on industrial pumps. Redesigned a pump housing for casting that cut unit cost by 22% and passed 2,000 hours of endurance testing.",
        Jobs =
        [
            new("Neckar Pumpen GmbH", "Mechanical Design Engineer", new(2020, 1, 1), null, "Stuttgart",
            [
                "Redesigned a welded pump housing as a single casting in SolidWorks, cutting unit cost by 22% at 8K units a year",
                "Ran FEA on the impeller shaft in ANSYS and removed 1.4 kg while keeping a safety factor of 2.0",
                "Led an 8D root cause analysis on seal failures that cut field returns from 2.1% to 0.3%",
            ]),
            new("Filderwerk AG", "Design Engineer", new(2018, 3, 1), new(2019, 12, 1), "Böblingen",
            [
                "Produced GD&T drawings for 120 machined parts and worked with 5 suppliers on tolerance issues",
                "Built a test rig for valve endurance that ran 500 hours of validation testing",
            ]),
        ],
        Schools = [new("University of Stuttgart", "M.Sc.", "Mechanical Engineering", new(2015, 10, 1), new(2018, 2, 1))],
        Skills =
        [
            new("Engineering", ["SolidWorks", "ANSYS", "Finite element analysis", "GD&T", "Design for manufacturing", "Root cause analysis"]),
            new("Office", ["MATLAB", "Microsoft Excel"]),
        ],
        Certificates = [new("Certified SOLIDWORKS Professional (CSWP)", "Dassault Systèmes", new(2021, 6, 1))],
        Languages = [("German", "Native"), ("English", "Fluent")],
    };

    public static Person Designer { get; } = new()
    {
        Name = "Noor Haddad",
        Label = "Product Designer",
        Email = "noor.haddad@example.com",
        Phone = "+971 4 555 0133",
        City = "Dubai",
        Region = "UAE",
        Website = "noorhaddad.design",
        LinkedIn = "noor-haddad",
        Summary = "Product designer with 6 years of experience in research-led design for finance apps. Redesigned onboarding after 40 usability sessions, raising activation from 41% to 58%.",
        Jobs =
        [
            new("Falcon Pay", "Senior Product Designer", new(2021, 2, 1), null, "Dubai",
            [
                "Redesigned onboarding after 40 usability sessions, raising activation from 41% to 58% within a quarter",
                "Built a Figma design system of 120 components used by 9 product teams",
                "Ran weekly design critiques with engineers and product managers, cutting rework tickets by 30%",
            ]),
            new("Mosaic Studio", "UX Designer", new(2018, 9, 1), new(2021, 1, 1), "Amman",
            [
                "Interviewed 25 small-business owners and turned the findings into personas and journey maps for an invoicing app",
                "Prototyped and tested a new checkout flow that lifted completed payments by 14%",
            ]),
        ],
        Schools = [new("American University of Sharjah", "Bachelor of Fine Arts", "Visual Communication", new(2014, 9, 1), new(2018, 6, 1))],
        Skills =
        [
            new("Design", ["User research", "Usability testing", "Wireframing", "Prototyping", "Interaction design", "Design systems"]),
            new("Tools", ["Figma", "Miro", "Adobe Illustrator"]),
        ],
        Languages = [("Arabic", "Native"), ("English", "Fluent")],
    };

    public static Person FullStack { get; } = new()
    {
        Name = "Tomás Ferreira",
        Label = "Full-Stack Developer",
        Email = "tomas.ferreira@example.pt",
        Phone = "+351 21 555 0188",
        City = "Lisbon",
        Region = "Portugal",
        GitHub = "tferreira",
        Summary = "Full-stack developer with 5 years of experience in TypeScript, React, Node.js and PostgreSQL. Built and shipped a self-service billing portal end to end that cut support tickets by 35% for 8K customers.",
        Jobs =
        [
            new("Tejo Software", "Full-Stack Developer", new(2021, 4, 1), null, "Lisbon",
            [
                "Built a self-service billing portal end to end, from PostgreSQL schema and REST API to React screens, cutting support tickets by 35%",
                "Shipped 40 releases a quarter through GitHub Actions and Docker deploys to AWS",
                "Added Playwright tests for 25 key user journeys and Jest tests for the API",
            ]),
            new("Atlântico Digital", "Junior Full-Stack Developer", new(2019, 9, 1), new(2021, 3, 1), "Porto",
            [
                "Developed dashboard components in React for 3K daily users",
                "Wrote Node.js endpoints and database queries for the booking service handling 20K requests a day",
            ]),
        ],
        Schools = [new("Instituto Superior Técnico", "BSc", "Computer Science", new(2016, 9, 1), new(2019, 7, 1))],
        Skills =
        [
            new("Languages", ["TypeScript", "JavaScript", "SQL", "HTML", "CSS"]),
            new("Frameworks", ["React", "Node.js", "Express", "Prisma"]),
            new("Databases", ["PostgreSQL", "Redis"]),
            new("Infrastructure", ["Docker", "AWS", "GitHub Actions"]),
        ],
        Languages = [("Portuguese", "Native"), ("English", "Fluent")],
    };

    public static Person Mobile { get; } = new()
    {
        Name = "Mei Tanaka",
        Label = "iOS Developer",
        Email = "mei.tanaka@example.jp",
        Phone = "+81 3 5555 0172",
        City = "Tokyo",
        Region = "Japan",
        GitHub = "meitanaka",
        Summary = "Mobile developer with 5 years of experience building iOS apps in Swift and SwiftUI. Shipped a banking app used by 400K people with a 4.8 store rating and 99.7% crash-free sessions.",
        Jobs =
        [
            new("Sakura Bank Digital", "Senior iOS Developer", new(2021, 1, 1), null, "Tokyo",
            [
                "Shipped the iOS banking app to 400K users with a 4.8 App Store rating",
                "Raised crash-free sessions from 97.2% to 99.7% by fixing the top 20 Crashlytics issues",
                "Cut app launch time from 2.8 s to 1.1 s by deferring work off the main thread",
            ]),
            new("Koi Apps", "Mobile Developer", new(2019, 4, 1), new(2020, 12, 1), "Osaka",
            [
                "Built offline sync with Core Data for a field inspection app on iPad used by 2K inspectors",
                "Released 24 App Store updates with Fastlane and TestFlight",
            ]),
        ],
        Schools = [new("Osaka University", "B.Eng.", "Computer Science", new(2015, 4, 1), new(2019, 3, 1))],
        Skills =
        [
            new("Languages", ["Swift", "Objective-C", "Kotlin"]),
            new("Frameworks", ["SwiftUI", "UIKit", "Core Data"]),
            new("Tools", ["Xcode", "Fastlane", "Crashlytics", "Git"]),
        ],
        Languages = [("Japanese", "Native"), ("English", "Fluent")],
    };

    public static Person DataScientist { get; } = new()
    {
        Name = "Kwame Mensah",
        Label = "Data Scientist",
        Email = "kwame.mensah@example.com",
        Phone = "+44 20 7946 0958",
        City = "London",
        Region = "UK",
        GitHub = "kmensah",
        Summary = "Data scientist with 5 years of experience in Python, SQL and PyTorch, working on pricing and churn. Built a demand forecast that cut stock-outs by 18% across 300 stores and ran the A/B tests that proved it.",
        Jobs =
        [
            new("Greenleaf Grocers", "Senior Data Scientist", new(2021, 6, 1), null, "London",
            [
                "Built a demand forecasting model with LightGBM that cut stock-outs by 18% across 300 stores",
                "Designed A/B tests on 60K customers that showed the new loyalty offer raised basket size by 4%",
                "Deployed the forecast behind an API with drift monitoring, serving 2M predictions a day",
            ]),
            new("Fintrail", "Data Scientist", new(2019, 9, 1), new(2021, 5, 1), "London",
            [
                "Trained a churn classification model in scikit-learn that kept £900K of yearly revenue through targeted offers",
                "Analysed payment data with statistical tests to explain a 3% drop in conversion",
            ]),
        ],
        Schools = [new("University College London", "MSc", "Statistics", new(2018, 9, 1), new(2019, 9, 1))],
        Skills =
        [
            new("Languages", ["Python", "SQL", "R"]),
            new("Frameworks", ["PyTorch", "scikit-learn", "LightGBM", "Pandas"]),
            new("Practices", ["Statistics", "A/B testing", "Time series", "MLOps"]),
            new("Tools", ["Jupyter", "MLflow", "Tableau"]),
        ],
        Languages = [("English", "Native"), ("Twi", "Fluent")],
    };

    public static Person DevOps { get; } = new()
    {
        Name = "Ingrid Solberg",
        Label = "Site Reliability Engineer",
        Email = "ingrid.solberg@example.no",
        Phone = "+47 22 55 01 47",
        City = "Oslo",
        Region = "Norway",
        GitHub = "isolberg",
        Summary = "Site reliability engineer with 6 years of experience running Kubernetes on AWS with Terraform and Prometheus. Raised availability from 99.5% to 99.95% and cut cloud spend by 30% across 80 services.",
        Jobs =
        [
            new("Fjord Commerce", "Site Reliability Engineer", new(2020, 8, 1), null, "Oslo",
            [
                "Raised availability of 80 services from 99.5% to 99.95% by setting SLOs and alerting in Prometheus",
                "Moved 140 hand-built servers into Terraform modules, cutting environment setup from two days to 20 minutes",
                "Rebuilt CI/CD on GitHub Actions and Argo CD, taking deploys from weekly to 15 a day with automatic rollback",
            ]),
            new("Nordlys Hosting", "DevOps Engineer", new(2018, 5, 1), new(2020, 7, 1), "Bergen",
            [
                "Containerized 25 applications with Docker and migrated them to Kubernetes",
                "Led incident response as on-call lead and cut mean time to recovery from 90 to 25 minutes",
            ]),
        ],
        Schools = [new("Norwegian University of Science and Technology", "BSc", "Computer Engineering", new(2014, 8, 1), new(2017, 6, 1))],
        Skills =
        [
            new("Infrastructure", ["AWS", "Kubernetes", "Terraform", "Docker", "Helm"]),
            new("Tools", ["Prometheus", "Grafana", "GitHub Actions", "Argo CD", "PagerDuty"]),
            new("Languages", ["Go", "Python", "Bash"]),
        ],
        Certificates = [new("Certified Kubernetes Administrator (CKA)", "CNCF", new(2022, 2, 1))],
        Languages = [("Norwegian", "Native"), ("English", "Fluent")],
    };

    public static Person QaEngineer { get; } = new()
    {
        Name = "Olena Kovalenko",
        Label = "QA Engineer",
        Email = "olena.kovalenko@example.com",
        Phone = "+48 22 555 0191",
        City = "Warsaw",
        Region = "Poland",
        LinkedIn = "olena-kovalenko-qa",
        Summary = "QA engineer with 5 years of experience in web and API testing with Playwright, Postman and Jenkins. Built a regression suite of 600 cases that cut release testing from three days to four hours.",
        Jobs =
        [
            new("Vistula Payments", "QA Engineer", new(2021, 1, 1), null, "Warsaw",
            [
                "Automated 600 regression test cases in Playwright, cutting release testing from three days to four hours",
                "Caught 85% of release-blocking defects in staging, halving production incidents in a year",
                "Wrote the test plan and API tests in Postman for the card payments release",
            ]),
            new("Baltic Soft", "Software Tester", new(2019, 3, 1), new(2020, 12, 1), "Gdańsk",
            [
                "Ran manual and exploratory testing on 3 web products and logged 400 defects in Jira",
                "Built a Selenium smoke suite that runs in Jenkins on every build",
            ]),
        ],
        Schools = [new("Warsaw University of Technology", "BSc", "Computer Science", new(2015, 10, 1), new(2019, 2, 1))],
        Skills =
        [
            new("Testing", ["Test planning", "Regression testing", "Exploratory testing", "API testing", "Test automation"]),
            new("Tools", ["Playwright", "Selenium", "Postman", "Jira", "TestRail", "Jenkins"]),
            new("Languages", ["TypeScript", "Java", "SQL"]),
        ],
        Certificates = [new("ISTQB Certified Tester Foundation Level", "ISTQB", new(2019, 6, 1))],
        Languages = [("Ukrainian", "Native"), ("Polish", "Fluent"), ("English", "Fluent")],
    };

    public static Person Frontend { get; } = new()
    {
        Name = "Léa Martin",
        Label = "Frontend Developer",
        Email = "lea.martin@example.fr",
        Phone = "+33 1 55 50 01 23",
        City = "Lyon",
        Region = "France",
        GitHub = "leamartin",
        Summary = "Frontend developer with 4 years of experience building React and TypeScript apps for e-commerce. Brought mobile LCP from 4.1 s to 1.6 s and led an accessibility pass that fixed 60 WCAG issues.",
        Jobs =
        [
            new("Rhône Retail", "Frontend Developer", new(2022, 1, 1), null, "Lyon",
            [
                "Brought mobile Largest Contentful Paint from 4.1 s to 1.6 s with code splitting and image lazy loading",
                "Led an accessibility pass on checkout that fixed 60 WCAG 2.2 AA issues for screen reader users",
                "Built a React component library of 45 components documented in Storybook",
            ]),
            new("Studio Quai", "Junior Web Developer", new(2020, 9, 1), new(2021, 12, 1), "Lyon",
            [
                "Built responsive landing pages in HTML, CSS and JavaScript for 12 client campaigns",
                "Added Jest unit tests and Cypress end-to-end tests for the signup flow",
            ]),
        ],
        Schools = [new("Université Claude Bernard Lyon 1", "Licence", "Computer Science", new(2017, 9, 1), new(2020, 6, 1))],
        Skills =
        [
            new("Languages", ["TypeScript", "JavaScript", "HTML", "CSS"]),
            new("Frameworks", ["React", "Next.js", "Redux"]),
            new("Tools", ["Vite", "Storybook", "Jest", "Cypress", "Figma"]),
            new("Practices", ["Accessibility", "Web performance", "Responsive design"]),
        ],
        Languages = [("French", "Native"), ("English", "Fluent")],
    };

    public static Person RetailAssociate { get; } = new()
    {
        Name = "Jordan Ellis",
        Label = "Retail Shift Supervisor",
        Email = "jordan.ellis@example.com",
        Phone = "+1 206 555 0126",
        City = "Seattle",
        Region = "WA",
        Summary = "Shift supervisor with 4 years of retail experience and a degree in history. Trained 15 new team members and raised the store's customer satisfaction score from 82% to 94%.",
        Jobs =
        [
            new("Evergreen Outfitters", "Shift Supervisor", new(2022, 3, 1), null, "Seattle, WA",
            [
                "Supervised a team of 8 on evening shifts and trained 15 new team members",
                "Raised the store's customer satisfaction score from 82% to 94% with a new returns process",
                "Reduced stock-count errors by 40% by reorganising the back room",
            ]),
            new("Pike Street Books", "Sales Associate", new(2020, 6, 1), new(2022, 2, 1), "Seattle, WA",
            [
                "Served about 120 customers a day and ran the weekend children's reading hour",
                "Organized 10 author events that drew 60 visitors each",
            ]),
        ],
        Schools = [new("University of Washington", "BA", "History", new(2016, 9, 1), new(2020, 6, 1))],
        Skills =
        [
            new("Skills", ["Customer service", "Team leadership", "Public speaking"]),
            new("Software", ["Microsoft Office", "Google Workspace"]),
        ],
        Languages = [("English", "Native"), ("Spanish", "Conversational")],
    };

    /// <summary>The field people by the guide they are written for; the backend and data engineer are <see cref="People"/>'s.</summary>
    public static IReadOnlyDictionary<string, Person> ByRole { get; } = new Dictionary<string, Person>(StringComparer.Ordinal)
    {
        ["accountant"] = Accountant,
        ["backend-developer"] = People.Backend,
        ["data-engineer"] = People.DataEngineer,
        ["data-scientist"] = DataScientist,
        ["devops-engineer"] = DevOps,
        ["frontend-developer"] = Frontend,
        ["full-stack-developer"] = FullStack,
        ["general"] = RetailAssociate,
        ["marketing-specialist"] = Marketer,
        ["mechanical-engineer"] = MechanicalEngineer,
        ["mobile-developer"] = Mobile,
        ["product-designer"] = Designer,
        ["qa-engineer"] = QaEngineer,
        ["registered-nurse"] = Nurse,
        ["teacher"] = Teacher,
    };
}
