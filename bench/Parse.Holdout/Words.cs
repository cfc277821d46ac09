namespace Parse.Holdout;

/// <summary>Word lists the generator draws people from. Invented for this tool; any likeness to a real person or
/// employer is chance.</summary>
internal static class Words
{
    public static readonly string[] GivenNames =
    [
        "Aurélie", "Bogdan", "Chiara", "Dagny", "Émile", "Farida", "Gökhan", "Håkon", "Ines", "Jasper", "Kalinda",
        "Lucía", "Mateus", "Noémie", "Oluwaseun", "Pavel", "Quentin", "Radhika", "Søren", "Tiago", "Ulla", "Valentina",
        "Wojciech", "Ximena", "Yusuf", "Zsófia", "Ananya", "Brennan", "Céline", "Dariusz", "Esperanza", "Finnian",
        "Greta", "Hiroshi", "Ikenna", "Jovana", "Kwame", "Leilani", "Magnús", "Nadia", "Orla", "Priyanka", "Raúl",
        "Saoirse", "Thandiwe", "Ugo", "Vikram", "Wren", "Yara", "Zoltán", "Ayşe", "Björn", "Dóra", "Elif", "François",
        "Grégoire", "Helena", "Ilse", "Joaquín", "Kenji", "Linnea", "Małgorzata", "Nuno", "Otávio", "Petra", "Rosalind",
        "Stéphane", "Teodora", "Åsa", "Beatriz", "Conor", "Deepika", "Mary Kate", "Jean-Luc", "Anne-Sophie",
    ];

    public static readonly string[] FamilyNames =
    [
        "Abernathy", "Bergström", "Castellanos", "Dąbrowski", "Eriksen", "Fitzgerald", "Gallagher", "Horváth",
        "Iwasaki", "Jovanović", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "Okonkwo", "Papadakis", "Quiroga",
        "Rautio", "Szabó", "Teixeira", "Urquhart", "Vasquez", "Wiśniewska", "Yilmaz", "Zielińska", "Adeyemi",
        "Bhattacharya", "Costa", "Delacroix", "Esposito", "Fernández", "Grünewald", "Halvorsen", "Ibáñez", "Jansen",
        "Kaczmarek", "Laurent", "Mbeki", "Novák", "Ó Briain", "Pereira", "Rinaldi", "Sørensen", "Thorsen",
        "van der Berg", "Whitfield", "Müller-Lüdenscheidt", "Agarwal", "Brennan", "Çelik", "Duarte", "Eklund",
        "Fonseca", "Gutiérrez", "Hämäläinen", "MacLeod", "D'Souza", "Nguyen", "Oyelaran", "Soto-Ramírez",
    ];

    /// <summary>People whose names are written in another script (Cyrillic, Greek, CJK): (name, Latin slug for the
    /// e-mail and handles).</summary>
    public static readonly (string Name, string Slug)[] OtherScriptNames =
    [
        ("Дмитрий Соколов", "dmitry.sokolov"), ("Анна Лебедева", "anna.lebedeva"), ("Ольга Морозова", "olga.morozova"),
        ("Νίκος Αλεξίου", "nikos.alexiou"), ("Ελένη Παππά", "eleni.pappa"), ("李明轩", "li.mingxuan"),
        ("王雅婷", "wang.yating"), ("김서연", "kim.seoyeon"), ("田中 美咲", "tanaka.misaki"),
    ];

    public static readonly string[] MailDomains = ["gmail.com", "outlook.com", "proton.me", "fastmail.com", "yahoo.com", "hey.com", "posteo.de", "icloud.com"];

    public static readonly string[] SiteTlds = [".dev", ".io", ".net", ".me", ".com", ".codes", ".site"];

    /// <summary>(city, country code, region, phone format: # = digit)</summary>
    public static readonly (string City, string Country, string? Region, string Phone)[] Places =
    [
        ("Austin", "US", "TX", "(512) 555-0###"), ("Denver", "US", "CO", "(720) 555-0###"),
        ("Pittsburgh", "US", "PA", "(412) 555-0###"), ("San Diego", "US", "CA", "+1 619 555 0###"),
        ("Columbus", "US", "OH", "614-555-0###"), ("Minneapolis", "US", "MN", "(612) 555-0###"),
        ("Edinburgh", "GB", "Scotland", "0131 496 0###"), ("Bristol", "GB", "England", "+44 117 496 0###"),
        ("Leeds", "GB", "England", "0113 496 0###"), ("Toronto", "CA", "ON", "(416) 555-0###"),
        ("Vancouver", "CA", "BC", "604-555-0###"), ("Munich", "DE", "Bavaria", "+49 89 2###5###"),
        ("Hamburg", "DE", "Hamburg", "+49 40 3###8##"), ("Bengaluru", "IN", "Karnataka", "+91 98### ###21"),
        ("Pune", "IN", "Maharashtra", "+91 97### ###48"), ("Valencia", "ES", "Comunidad Valenciana", "+34 6## ### ###"),
        ("Lyon", "FR", "Auvergne-Rhône-Alpes", "+33 6 ## ## ## ##"), ("Melbourne", "AU", "VIC", "+61 4## ### ###"),
        ("Brisbane", "AU", "QLD", "04## ### ###"), ("Singapore", "SG", null, "+65 9### ####"),
        ("Cork", "IE", null, "+353 87 ### ####"), ("Utrecht", "NL", "Utrecht", "+31 6 #### ####"),
        ("São Paulo", "BR", "SP", "+55 11 9####-####"), ("Osaka", "JP", null, "+81 90-####-####"),
        ("Wrocław", "PL", "Dolnośląskie", "+48 5## ### ###"), ("Gothenburg", "SE", null, "+46 70 ### ## ##"),
        ("Lagos", "NG", "Lagos", "+234 803 ### ####"), ("Kraków", "PL", "Małopolskie", "+48 6## ### ###"),
    ];

    public static readonly string[] CompanyFirst =
    [
        "Arbor", "Bluefin", "Cobalt", "Driftwood", "Emberly", "Fathom", "Granite", "Halcyon", "Ironbark", "Juniper",
        "Kelp", "Lodestar", "Marigold", "Northwind", "Obsidian", "Pinecrest", "Quarry", "Redwood", "Saltmarsh",
        "Tidewater", "Umber", "Verdant", "Willowbrook", "Yarrow", "Zephyr", "Alder", "Brightwater", "Cinder",
        "Duskfall", "Evergreen", "Foxhollow", "Goldleaf", "Heron", "Inkwell", "Jetstream", "Kingfisher", "Larkspur",
    ];

    public static readonly string[] CompanySecond =
    [
        "Labs", "Health", "Logistics", "Analytics", "Payments", "Robotics", "Media", "Systems", "Software", "Energy",
        "Insurance", "Biotech", "Capital", "Retail", "Games", "Mobility", "Learning", "Security", "Cloud", "Foods",
        "Networks", "Studio", "Partners", "Technologies", "Pharma", "Travel",
    ];

    public static readonly string[] CompanySuffixes = ["", "", "", "", "Inc.", "LLC", "Ltd", "GmbH", "plc", "B.V.", "AB", "S.L.", "Pty Ltd", "Corp."];

    public static readonly string[] Universities =
    [
        "University of Edinburgh", "Technical University of Munich", "University of Toronto", "Georgia Institute of Technology",
        "Universidad Politécnica de Valencia", "Indian Institute of Technology Bombay", "University of Melbourne",
        "Delft University of Technology", "KTH Royal Institute of Technology", "University of São Paulo",
        "Jagiellonian University", "Université Grenoble Alpes", "University College Cork", "Ohio State University",
        "University of Minnesota", "National University of Singapore", "Osaka University", "University of Lagos",
        "Heriot-Watt University", "University of Colorado Boulder", "Carnegie Mellon University", "McGill University",
        "University of British Columbia", "Wrocław University of Science and Technology", "Chalmers University of Technology",
        "Vellore Institute of Technology, Vellore", "University of California, San Diego", "Savitribai Phule Pune University",
        "Universität Hamburg", "Queensland University of Technology", "École Polytechnique Fédérale de Lausanne",
        "University of Wisconsin–Madison", "Trinity College Dublin", "Università di Bologna",
    ];

    public static readonly string[] Bootcamps = ["Le Wagon", "Lambda School", "Hack Reactor", "App Academy", "CodeClan", "Makers Academy"];

    /// <summary>Degree spellings by level.</summary>
    public static readonly string[] Bachelors =
    [
        "BSc (Hons)", "B.S.", "Bachelor of Science", "BSc", "B.Sc.", "BA", "B.A.", "Bachelor of Arts", "B.Eng.", "BEng",
        "Bachelor of Engineering", "B.Tech", "B.Tech.", "Bachelor of Technology", "BS", "BA (Hons)", "B.Com", "Bachelor's",
    ];

    public static readonly string[] Masters =
    [
        "MSc", "M.Sc.", "M.S.", "Master of Science", "MS", "M.Eng.", "MEng", "Master of Engineering", "MA", "M.A.",
        "Master of Arts", "MBA", "M.Tech", "MPhil", "Master's",
    ];

    public static readonly string[] Doctorates = ["PhD", "Ph.D.", "Doctor of Philosophy", "DPhil"];

    public static readonly string[] Associates = ["Associate of Science", "A.S.", "Associate Degree", "AAS"];

    public static readonly string[] Certs = ["Certificate", "Diploma", "Graduate Certificate", "Postgraduate Diploma"];

    public static readonly string[] Verbs = ["Led", "Built", "Designed", "Shipped", "Reduced", "Improved", "Automated", "Migrated", "Introduced", "Owned", "Mentored", "Launched", "Cut", "Rewrote", "Scaled"];

    public static readonly string[] Languages = ["English", "Spanish", "French", "German", "Portuguese", "Polish", "Hindi", "Japanese", "Swedish", "Italian", "Mandarin", "Yoruba", "Dutch", "Turkish", "Korean"];

    public static readonly string[] Fluencies = ["Native", "Native speaker", "Fluent", "Professional working proficiency", "Conversational", "Intermediate", "Basic", "C1", "B2"];

    public static readonly string[] Interests = ["Trail running", "Bouldering", "Chess", "Sourdough baking", "Film photography", "Cycling", "Birdwatching", "Jazz piano", "Open-water swimming", "Board games", "Urban sketching", "Gardening", "Amateur radio", "Woodworking"];

    public static readonly string[] VolunteerOrgs = ["Code Club", "Girls Who Code", "Red Cross", "Habitat for Humanity", "Local Food Bank", "Mozilla Community", "Python Software Society", "City Library Literacy Program", "Animal Rescue Shelter", "Mountain Rescue Team"];

    public static readonly string[] VolunteerRoles = ["Mentor", "Volunteer Tutor", "Organizer", "Board Member", "Coordinator", "Workshop Lead", "Event Volunteer"];

    public static readonly string[] VolunteerSummaries =
    [
        "Ran monthly workshops for beginners.", "Coordinated 20 volunteers over weekend shifts.",
        "Taught introductory programming to teenagers.", "Organised fundraising events that raised $12K.",
    ];

    public static readonly string[] Publishers = ["IEEE Software", "ACM Queue", "Proceedings of ICSE", "Journal of Data Engineering", "Medium", "InfoQ", "NeurIPS Workshop", "The Nursing Times", "Journal of Accountancy", "Educational Review"];

    public static readonly string[] Awarders = ["Company Hackathon", "Engineering Guild", "Regional Chamber of Commerce", "University Senate", "Open Source Initiative Foundation", "Board of Directors"];

    public static readonly string[] AwardTitles = ["Employee of the Year", "Hackathon Winner", "Dean's List", "Innovation Award", "Best Paper Award", "Outstanding Mentor Award", "President's Club", "Community Impact Award"];

    public static readonly string[] ReferenceTexts =
    [
        "A dependable engineer who raises the bar for the whole team.",
        "One of the most thorough colleagues I have worked with.",
        "Calm under pressure and generous with their time.",
    ];

    public static readonly string[] ReferenceNotes = ["Available on request", "References available upon request"];
}
