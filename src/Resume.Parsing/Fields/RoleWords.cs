using System.Collections.Frozen;

namespace Resume.Parsing.Fields;

/// <summary>Words that make a phrase read as a job title, or as an organisation, so "Title, Company" and "Company, Title"
/// can both be told apart.</summary>
internal static class RoleWords
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "engineer", "engineering", "developer", "development", "programmer", "architect", "manager", "management", "lead",
        "leader", "head", "director", "analyst", "scientist", "researcher", "designer", "consultant", "specialist",
        "administrator", "admin", "officer", "coordinator", "associate", "assistant", "intern", "internship", "trainee",
        "apprentice", "tester", "qa", "sre", "devops", "teacher", "tutor", "instructor", "lecturer", "professor",
        "accountant", "controller", "clerk", "auditor", "bookkeeper", "nurse", "technician", "mentor", "maintainer",
        "volunteer", "founder", "cofounder", "co-founder", "owner", "partner", "president", "vp", "cto", "ceo", "cfo",
        "coo", "cio", "principal", "staff", "senior", "sr", "junior", "jr", "chief", "fellow", "editor", "writer",
        "representative", "agent", "executive", "supervisor", "operator", "strategist", "advisor", "adviser",
        "recruiter", "marketer", "producer", "product", "owner", "scrum", "master", "evangelist", "advocate", "ambassador",
        "organizer", "organiser", "member", "contributor", "graduate", "student", "postdoc", "postdoctoral", "fullstack",
        "full-stack", "frontend", "front-end", "backend", "back-end", "software", "swe", "sde", "ml", "data", "mobile",
        "android", "ios", "web", "cloud", "security", "platform", "infrastructure", "reliability", "site", "qa", "test",
        "quality", "support", "sales", "marketing", "operations", "hr", "people", "talent", "finance", "financial",
        "accounts", "payable", "receivable", "teaching", "newly", "qualified", "applied", "machine", "learning", "stack",
        "full", "technical", "tech", "solutions", "it", "systems", "network", "database", "dba", "game", "embedded",
        "firmware", "hardware", "electrical", "mechanical", "civil", "chemical", "clinical", "medical", "research",
        "i", "ii", "iii", "iv", "1", "2", "3", "rotation", "placement", "practicum", "externship", "residency",
        // Trades, service, care and other work outside offices.
        "electrician", "plumber", "carpenter", "mechanic", "welder", "foreman", "journeyman", "installer", "driver",
        "cashier", "server", "barista", "cook", "chef", "host", "hostess", "bartender", "housekeeper", "receptionist",
        "caregiver", "aide", "attendant", "counselor", "counsellor", "lifeguard", "therapist", "pharmacist", "paramedic",
        "midwife", "librarian", "secretary", "paralegal", "attorney", "lawyer", "physician", "dentist", "hygienist",
        "custodian", "laborer", "labourer", "stocker", "merchandiser", "teller", "dispatcher", "helper", "substitute",
        "butcher", "baker", "waiter", "waitress", "picker", "packer", "porter", "cleaner", "janitor", "nanny",
        "babysitter", "gardener", "landscaper", "painter", "roofer", "courier", "salesperson", "storekeeper",
        // Boards, councils and town meetings.
        "chairman", "chairwoman", "chairperson", "treasurer", "trustee", "moderator", "coach",
    }.Concat(EuropeanRoleWords.Heads).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How a job was held ("Part time", "Full-Time", "Seasonal"): a tag set beside the employer or title, no name.</summary>
    private static readonly FrozenSet<string> EmploymentTypes = new[]
    {
        "part time", "part-time", "parttime", "full time", "full-time", "fulltime", "temporary", "seasonal", "permanent",
        "casual", "contract", "fixed term", "fixed-term", "on call", "on-call",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsEmploymentType(string text) => EmploymentTypes.Contains(text.Trim().Trim('(', ')').Trim());

    /// <summary>Title words that are enough on their own; the rest only qualify one.</summary>
    private static readonly FrozenSet<string> Heads = new[]
    {
        "engineer", "developer", "programmer", "architect", "manager", "lead", "head", "director", "analyst", "scientist",
        "researcher", "designer", "consultant", "specialist", "administrator", "officer", "coordinator", "associate",
        "assistant", "intern", "trainee", "apprentice", "tester", "teacher", "tutor", "instructor", "lecturer",
        "professor", "accountant", "controller", "clerk", "auditor", "bookkeeper", "nurse", "technician", "mentor",
        "maintainer", "volunteer", "founder", "cofounder", "co-founder", "owner", "president", "vp", "cto", "ceo", "cfo",
        "coo", "cio", "fellow", "editor", "writer", "representative", "agent", "executive", "supervisor", "operator",
        "strategist", "advisor", "adviser", "recruiter", "marketer", "producer", "sre", "evangelist", "advocate",
        "organizer", "organiser", "member", "contributor", "postdoc", "swe", "sde", "dba", "partner", "principal",
        // Trades, service, care and other work outside offices.
        "electrician", "plumber", "carpenter", "mechanic", "welder", "foreman", "journeyman", "installer", "driver",
        "cashier", "server", "barista", "cook", "chef", "host", "hostess", "bartender", "housekeeper", "receptionist",
        "caregiver", "aide", "attendant", "counselor", "counsellor", "lifeguard", "therapist", "pharmacist", "paramedic",
        "midwife", "librarian", "secretary", "paralegal", "attorney", "lawyer", "physician", "dentist", "hygienist",
        "custodian", "laborer", "labourer", "stocker", "merchandiser", "teller", "dispatcher", "helper", "substitute",
        "butcher", "baker", "waiter", "waitress", "picker", "packer", "porter", "cleaner", "janitor", "nanny",
        "babysitter", "gardener", "landscaper", "painter", "roofer", "courier", "salesperson", "storekeeper",
        // Boards, councils and town meetings.
        "chairman", "chairwoman", "chairperson", "treasurer", "trustee", "moderator", "coach",
    }.Concat(EuropeanRoleWords.Heads).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Organisations = new[]
    {
        "inc", "inc.", "llc", "ltd", "ltd.", "limited", "gmbh", "corp", "corp.", "corporation", "co.", "company", "plc",
        "sa", "s.a.", "ag", "bv", "b.v.", "ab", "pvt", "llp", "pty", "srl", "sas", "oy", "as", "group", "holdings",
        "labs", "lab", "technologies", "systems", "solutions", "software", "studios", "studio", "partners", "bank",
        "capital", "ventures", "agency", "consulting", "university", "college", "school", "institute", "hospital",
        "foundation", "association", "society", "council", "ministry", "department", "government", "club", "community",
        "network", "media", "health", "healthcare", "insurance", "retail", "foods", "energy", "motors", "airlines",
        "pharma", "pharmaceuticals", "logistics", "markets", "marketplace", "publishing", "robotics", "analytics",
        "digital", "interactive", "games", "entertainment", "industries", "international", "global", "services",
        "the", "&", "and", "of", "cpas", "cloud", "insights", "security", "commerce", "payments", "devtools", "maps",
        "delivery", "data", "ai", "hq", "io", "app", "apps", "works", "collective", "cooperative", "trust", "fund",
        "center", "centre", "clinic", "centers", "centres", "hotel", "restaurant", "cafe", "café", "diner", "bakery", "store",
        "market", "shop", "electric", "contracting", "construction", "district",
    }.Concat(EuropeanRoleWords.Organisations).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A word of the phrase says it names an organisation ("Brightwater Capital", "Mercy Clinic"); the linking
    /// words and "district", which places also carry ("Isle of Man", "Lake District"), do not count.</summary>
    public static bool NamesOrganisation(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 3 && Organisations.Contains(w)
            && !w.Equals("district", StringComparison.OrdinalIgnoreCase));

    /// <summary>The word may stand in a job title ("Cloud", "Senior", "Architect").</summary>
    public static bool IsTitleWord(string word) => Titles.Contains(word.Trim('.', ',', ':')) || IsHead(word.Trim('.', ',', ':'));

    /// <summary>A word that heads a title, written alone ("Engineer", "Entwicklerin") or closing a compound
    /// ("Softwareentwickler").</summary>
    private static bool IsHead(string word) => Heads.Contains(word) || EuropeanRoleWords.IsCompoundHead(word);

    /// <summary>The phrase ends on a word that heads a job title ("… Engineer", "… Manager").</summary>
    public static bool EndsWithHead(string phrase)
    {
        var words = phrase.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && IsHead(words[^1].Trim('.', ':'));
    }

    /// <summary>Positive when the phrase reads as a job title, negative when it reads as an organisation.</summary>
    public static double TitleScore(string phrase)
    {
        var words = phrase.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 0;
        }
        double score = 0;
        var heads = 0;
        foreach (var w in words)
        {
            var word = w.Trim('.', ',', ':');
            if (IsHead(word))
            {
                heads++;
            }
            if (Titles.Contains(word))
            {
                score += 1;
            }
            if (Organisations.Contains(w) || Organisations.Contains(word))
            {
                score -= word.Length <= 4 && word is "the" or "&" or "and" or "of" ? 0.5 : 1.5;
            }
            if (w.Contains(".com", StringComparison.OrdinalIgnoreCase) || w.Contains("://", StringComparison.Ordinal))
            {
                score -= 3;
            }
        }
        score += heads * 2;
        if (heads == 0)
        {
            score -= 1;
        }
        return score / Math.Sqrt(words.Length);
    }
}
