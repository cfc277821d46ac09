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

    /// <summary>"Freelance", "Self-employed", "Indépendant", "Selbstständig": working for oneself, which resumes set where
    /// the employer's name goes (and JSON Resume keeps as the employer).</summary>
    public static bool IsSelfEmployment(string text) => SelfEmployment.Contains(text.Trim().Trim('(', ')').Trim());

    private static readonly FrozenSet<string> SelfEmployment = new[]
    {
        "freelance", "freelancer", "self-employed", "self employed", "independent contractor", "indépendant", "indépendante",
        "auto-entrepreneur", "autoentrepreneur", "selbstständig", "selbständig", "freiberuflich", "autónomo", "autónoma",
        "autonomo", "autonoma", "autônomo", "autônoma", "zzp", "zelfstandige",
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
            && !w.Equals("district", StringComparison.OrdinalIgnoreCase) || IdeographicOrganisation(w) || IsOrganisationCompound(w));

    /// <summary>A word of the phrase is a legal form or the noun of an institution ("Kestrel Corporation", "Harlow
    /// University", "Universität Emden"): a stronger sign than a word of a trade ("Cloud Security", "Data").</summary>
    public static bool NamesInstitution(string phrase) =>
        phrase.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => Institutions.Contains(w.Trim('.', '(', ')')));

    private static readonly FrozenSet<string> Institutions = new[]
    {
        "inc", "llc", "ltd", "limited", "gmbh", "corp", "corporation", "company", "plc", "university", "college", "school",
        "institute", "hospital", "foundation", "association", "ministry", "bank", "agency", "clinic", "council",
    }.Concat(EuropeanRoleWords.Organisations.Select(w => w.Trim('.'))).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The word may stand in a job title ("Cloud", "Senior", "Architect").</summary>
    public static bool IsTitleWord(string word) => Titles.Contains(word.Trim('.', ',', ':')) || IsHead(word.Trim('.', ',', ':'));

    /// <summary>A word that heads a title, written alone ("Engineer", "Entwicklerin") or closing a compound
    /// ("Softwareentwickler").</summary>
    private static bool IsHead(string word) => Heads.Contains(word) || EuropeanRoleWords.IsCompoundHead(word) || IdeographicHead(word)
        || FrenchTradeHead(word) || EuropeanRoleWords.IsFeminineAgent(word);

    /// <summary>"Statisticien", "Informaticienne", "Électricien": French names the one who practises a science or trade
    /// with -icien, -icienne.</summary>
    private static bool FrenchTradeHead(string word) =>
        word.Length >= 8 && char.IsLetter(word[0]) && (word.EndsWith("icien", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("icienne", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Martinus-Hospital", "Kepler-Institut": a hyphenated compound closed by an organisation's noun names one.</summary>
    private static bool IsOrganisationCompound(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && word.Length - dash - 1 > 3 && Organisations.Contains(word[(dash + 1)..]);
    }

    /// <summary>"研发工程师", "后端研发实习", "数据分析师", "QAエンジニア", "백엔드 개발자": Chinese, Japanese and Korean run a
    /// title's words together, so its head is the word it ends on.</summary>
    private static bool IdeographicHead(string word)
    {
        var w = word.TrimEnd(')', '）', '】', ']');
        return w.Length >= 2 && Text.Scripts.IsSyllabic(w[^1]) && IdeographicHeads.Any(h => w.EndsWith(h, StringComparison.Ordinal));
    }

    private static readonly string[] IdeographicHeads =
    [
        "工程师", "师", "经理", "总监", "主管", "专员", "助理", "顾问", "实习生", "实习", "研究员", "架构师", "科学家", "会计", "护士",
        "医生", "编辑", "组长", "负责人", "主任", "总裁", "讲师", "教授", "店长", "代表", "工程師", "經理", "總監", "顧問", "實習生",
        "實習", "研究員", "エンジニア", "営業", "マネージャー", "デザイナー", "リーダー", "コンサルタント", "プログラマー", "インターン",
        "개발자", "엔지니어", "연구원", "인턴", "매니저", "디자이너", "사원", "대리", "과장", "팀장", "책임", "선임",
    ];

    /// <summary>"北京某某科技有限公司", "株式会社…", "(주)…": the words Chinese, Japanese and Korean organisations carry, run
    /// into their names.</summary>
    private static bool IdeographicOrganisation(string word) =>
        word.Length >= 3 && Text.Scripts.HasSyllabic(word) && IdeographicOrganisations.Any(o => word.Contains(o, StringComparison.Ordinal));

    private static readonly string[] IdeographicOrganisations =
    [
        "公司", "集团", "集團", "银行", "銀行", "研究院", "研究所", "实验室", "實驗室", "医院", "醫院", "事务所", "工作室", "科技", "大学",
        "大學", "学院", "株式会社", "有限会社", "合同会社", "주식회사", "(주)", "㈜", "그룹", "은행", "연구소", "대학교",
    ];

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
            if (Organisations.Contains(w) || Organisations.Contains(word) || IdeographicOrganisation(word) || IsOrganisationCompound(word))
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
