using System.Collections.Frozen;
using System.Text;
using Resume.Model;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>Section headings in the many ways resumes spell them, compared on letters only and without accents (so
/// "E X P E R I E N C E", "Honors &amp; Awards", "HONORS AND AWARDS:" and "Expériences" all match); English first, then
/// the headings of resumes written in other European languages (<see cref="EuropeanHeadings"/>).</summary>
internal static partial class HeadingLexicon
{
    private static readonly FrozenDictionary<string, string> Exact = Build(new()
    {
        [SectionKinds.Summary] =
        [
            "summary", "professional summary", "profile", "professional profile", "about", "about me", "objective",
            "career objective", "career summary", "executive summary", "overview", "personal statement", "introduction",
            "summary of qualifications", "personal profile", "career profile", "who i am", "bio", "personal summary",
            "qualifications summary", "highlights of qualifications",
        ],
        [SectionKinds.Work] =
        [
            "experience", "work experience", "professional experience", "employment", "employment history", "work history",
            "career history", "relevant experience", "work", "career", "employment experience", "professional history",
            "professional career", "career path", "career progression",
            "job history", "industry experience", "experience and employment", "positions", "positions held",
            "professional background", "work and experience", "working experience", "technical experience",
            "relevant work experience", "teaching experience", "research experience", "clinical experience",
            // Students, nurses, teachers and academics name their experience by where it was gained.
            "clinical rotations", "clinical rotation experience", "clinical placements", "student clinical experience",
            "clinical practicum", "practicum", "practicum experience", "field experience", "student teaching",
            "student teaching experience", "academic appointments", "appointments", "research positions",
            "internships", "internship", "internship experience", "internships and work experience", "related experience",
            "other experience", "additional experience", "healthcare experience", "practical experience", "work placements", "placements",
            "externships", "campus employment", "research and teaching experience", "teaching and research experience",
            // Veterans write their service as their first employer.
            "military service", "military history", "service history",
            // The jobs before the current ones, listed apart from them under a heading that says so.
            "previous work history", "previous experience", "previous employment", "previous work experience",
            "past experience", "past employment", "prior experience", "prior employment",
        ],
        [SectionKinds.Education] =
        [
            "education", "academic background", "education and training", "education and qualifications", "academic career",
            "academic qualifications", "qualifications", "qualification", "educational background", "academics", "academic history",
            "studies", "training", "education history", "academic credentials", "education and certifications",
            "academic experience", "formal education",
            // Student CVs in India and elsewhere title the table of their schooling so.
            "academic details", "academic profile", "educational details", "education details", "educational qualification",
            "educational qualifications", "academic record", "scholastic record",
        ],
        [SectionKinds.Skills] =
        [
            "skills", "technical skills", "core competencies", "competencies", "key skills", "skills and tools",
            "skills and technologies", "technologies", "tech stack", "areas of expertise", "expertise",
            "technical proficiencies", "toolbox", "core skills", "skills and abilities", "skills and expertise",
            "technical expertise", "technical competencies", "professional skills", "skill set", "skillset",
            "tools and technologies", "technologies and tools", "key competencies", "skills summary", "abilities",
            "technical summary", "relevant skills", "hard skills", "soft skills", "software skills", "computer skills",
            "additional information", "additional skills", "other skills", "skills and interests", "skills and languages",
            // A sidebar's lists of what a person works with, under the name of the kind of thing listed. ("Software"
            // alone is not here: academics list the packages they wrote under it.)
            "tools", "tools and software", "software and tools", "technical proficiency", "proficiencies",
            "computer proficiency", "it skills", "digital skills", "technical knowledge",
            "languages and technologies", "technologies and languages", "languages and tools", "tools and languages",
            // A sidebar's short list of the skills a person leads with, beside the main column's jobs.
            "skill highlights", "skills highlights",
            // The qualities a person leads with, listed as skills are.
            "strengths", "key strengths", "core strengths", "personal strengths",
        ],
        [SectionKinds.Projects] =
        [
            "projects", "selected projects", "side projects", "personal projects", "key projects", "project experience",
            "projects experience", "open source", "notable projects", "portfolio", "academic projects",
            "open source projects", "technical projects", "relevant projects", "open source contributions",
            // Projects split by whether they still run.
            "current projects", "past projects", "recent projects", "previous projects", "ongoing projects", "other projects",
        ],
        [SectionKinds.Certificates] =
        [
            "certifications", "certificates", "licenses", "licences", "licenses and certifications",
            "licences and certifications", "certifications and licenses", "certifications and licences", "accreditations",
            "credentials", "professional certifications", "certification", "courses and certifications",
            "certificates and courses", "certifications and training", "training and certifications", "courses",
            "professional development", "licenses and certificates",
            "licensure", "licensure and certifications", "licensure and certification", "certification and licensure",
            "certifications and licensure", "license", "licence", "teaching certification", "teaching certifications",
            "certification and training",
            // Lawyers, engineers and veterans name their credentials by who admitted or registered them.
            "bar admissions", "bar admission", "admissions", "court admissions", "bar and court admissions",
            "registrations", "professional registrations", "registrations and certifications", "professional licensure",
            "professional qualifications", "further training", "clearances", "security clearance",
            "certifications and clearance", "certifications and clearances",
        ],
        [SectionKinds.Awards] =
        [
            "awards", "honors", "honours", "honors and awards", "honours and awards", "awards and honors",
            "awards and honours", "achievements", "awards and achievements", "recognition", "accomplishments",
            "key achievements", "scholarships", "awards and recognition",
            "honors and scholarships", "awards and scholarships", "scholarships and awards", "honors and activities",
            "academic honors", "distinctions", "grants", "fellowships", "grants and fellowships", "fellowships and grants",
            "grants and awards", "fellowships and awards", "grants fellowships and awards", "honors awards and scholarships",
            "funding", "research funding", "awards and grants",
        ],
        [SectionKinds.Publications] =
        [
            "publications", "papers", "selected publications", "research", "publications and talks",
            "talks and publications", "research and publications", "patents", "conference papers", "presentations",
            "writing", "articles", "selected writing", "writing and talks", "talks",
            "conference presentations", "invited talks", "posters", "presentations and posters", "peer reviewed publications",
            "journal articles",
            // An academic's papers not yet published: "Works in Progress" lists titles, not jobs.
            "works in progress", "work in progress", "working papers", "papers in progress", "research in progress",
            "manuscripts in preparation", "manuscripts under review", "preprints",
        ],
        [SectionKinds.Volunteer] =
        [
            "volunteer", "volunteering", "volunteer experience", "volunteer work", "community involvement",
            "community service", "volunteer and community", "volunteering experience", "community",
            "leadership and volunteering", "volunteer activities", "community engagement",
            // A student's clubs and offices: organisation, role and dates, the shape of volunteer entries. ("Leadership"
            // and "Teaching" alone are not here: they also label groups of skills.)
            "leadership and activities", "activities and leadership",
            "campus involvement", "leadership and involvement", "involvement", "campus activities", "activities",
            "extracurricular activities", "extracurriculars", "leadership and service", "extracurricular involvement",
            "extracurricular", "extracurricular experience", "co curricular activities",
            "leadership and community involvement", "student activities", "leadership and mentoring", "leadership and mentorship",
            "mentoring and leadership", "mentorship and leadership",
            // Executives' board seats, lawyers' pro bono work and scientists' outreach: an organisation, a role, dates.
            "board service", "board memberships", "board membership", "board positions", "board appointments",
            "board and advisory roles", "advisory roles", "board roles", "pro bono", "pro bono work", "pro bono service",
            "pro bono and community", "voluntary work", "voluntary experience", "outreach", "community outreach",
            // Academics and missionaries list their service as an organisation, a role and dates.
            "service", "professional service", "community and professional service",
        ],
        [SectionKinds.Languages] =
        [
            "languages", "language skills", "spoken languages", "language", "language proficiency",
            // How CVs from many countries put it: the languages a person knows, speaks or has studied.
            "languages known", "language known", "languages spoken", "foreign languages", "linguistic skills",
            "language competencies", "language competences", "language abilities", "languages and levels",
        ],
        [SectionKinds.Interests] =
        [
            "interests", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests",
            "outside interests",
            // What a person does outside work, in the many words CVs use for it.
            "pastimes", "pass time", "pass times", "leisure", "leisure activities", "leisure interests", "free time",
            "hobbies and activities", "personal interests and hobbies", "area of interest", "areas of interest",
            "fields of interest", "things i enjoy", "what i enjoy", "beyond work", "outside work", "when not working",
        ],
        [SectionKinds.References] =
        [
            "references", "referees", "references available upon request", "references available on request",
        ],
        // Sections no field holds: a student's list of courses taken is neither skills nor certificates.
        [SectionKinds.Other] =
        [
            "relevant courses", "relevant coursework", "coursework", "selected coursework", "related coursework",
            "courses taken", "key coursework", "relevant course work", "course work",
        ],
        [SectionKind.Contact] =
        [
            "contact", "contact information", "contact details", "contact info", "personal details",
            "personal information", "profiles", "links", "social", "online", "find me online", "contacts",
            "social profiles", "online profiles", "get in touch", "details", "personal info",
        ],
    }, [.. EuropeanHeadings.All, .. ScriptHeadings.All]);

    /// <summary>The section names a profile export prints in Portuguese (LinkedIn's "Salvar como PDF"): the same
    /// sections under the site's own translations.</summary>
    private static readonly FrozenDictionary<string, string> ProfileExport = Build(new()
    {
        [SectionKinds.Summary] = ["resumo"],
        [SectionKinds.Work] = ["experiência"],
        [SectionKinds.Education] = ["formação acadêmica"],
        [SectionKinds.Skills] = ["principais competências", "competências"],
        [SectionKinds.Certificates] = ["certificações"],
        [SectionKinds.Awards] = ["prêmios", "honras e prêmios"],
        [SectionKinds.Publications] = ["publicações", "patentes"],
        [SectionKinds.Languages] = ["idiomas"],
        [SectionKind.Contact] = ["contato"],
    });

    /// <summary>
    /// Names that also label a group of skills ("Teaching: lesson planning, …") or a line of an entry, so they never make
    /// a heading by themselves; once a line is a heading by its typography (set as the known headings are), they say
    /// which section it opens: an academic's "Teaching" lists the courses taught as appointments, with their dates.
    /// </summary>
    private static readonly FrozenDictionary<string, string> ByTypography = Build(new()
    {
        [SectionKinds.Work] = ["teaching", "tutoring", "lecturing", "teaching appointments", "teaching positions"],
    });

    private static readonly FrozenSet<string> CapitalisedOnly = EuropeanHeadings.EnglishWords.Select(Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The kind of a line already judged a heading by its typography alone; null when its name gives none.</summary>
    public static string? KindOfTypesetHeading(string text) =>
        ByTypography.GetValueOrDefault(Key(text)) ?? (text.Contains('-') ? null : Misspelt(Key(text)));

    /// <summary>
    /// The kind of a line that stands as a heading by its type alone but whose name the lexicon does not know as a whole
    /// ("PROJECT", "Academic and Civic Service", "Aktivitäten &amp; Engagement", "ONLINE COURSES COMPLETED"): a word in it
    /// that is a section's name by itself, in the singular or the plural, or a stem that only ever names unpaid work, says
    /// which section it opens, the kind most of its words name. Null when they name none, or two kinds as often.
    /// </summary>
    public static string? KindOfHeadingWords(string text)
    {
        // A bracket left open or closed on its own, or the word for a school or an institute, is a wrapped line of an
        // entry's name ("Mechanisation Research Institute)"), not a heading.
        if (text.Count(c => c == '(') != text.Count(c => c == ')') || HeadingWord().Matches(text).Any(m => InstitutionWords.Contains(Key(m.Value))))
        {
            return null;
        }
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in HeadingWord().Matches(text).Select(m => Key(m.Value)))
        {
            var found = ServiceStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)) ? SectionKinds.Work
                : VolunteerStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal)) ? SectionKinds.Volunteer
                : SingleWord(word) ?? (word.Length >= 5 ? SingleWord(word + "s") ?? (word.EndsWith('s') ? SingleWord(word[..^1]) : null) : null);
            if (found is not null)
            {
                votes[found] = votes.GetValueOrDefault(found) + 1;
            }
        }
        // "Academic and Civic Service": an adjective that names a section too is outvoted by the words for the others.
        var ranked = votes.OrderByDescending(v => v.Value).ToList();
        return ranked.Count == 0 || ranked.Count > 1 && ranked[1].Value == ranked[0].Value ? null : ranked[0].Key;
    }

    /// <summary>
    /// "Professional Experiences", "Work Experiences": a known name of two words or more put in the plural (as a French
    /// or Spanish writer says "expériences") is that name. Only long names: a short one with an "s" more is another word.
    /// </summary>
    private static string? PluralOfName(string key) =>
        key.Length >= 12 && key.EndsWith('s') && Exact.TryGetValue(key[..^1], out var kind) && kind != SectionKind.Contact ? kind : null;

    /// <summary>A section's name of one word, of a kind a field holds (contact details and course lists are not).</summary>
    private static string? SingleWord(string key) =>
        key.Length >= 4 && (Exact.TryGetValue(key, out var kind) || ProfileExport.TryGetValue(key, out kind))
        && kind is not SectionKind.Contact and not SectionKinds.Other ? kind : null;

    private static readonly FrozenSet<string> InstitutionWords = new[]
    {
        "institute", "institut", "instituto", "istituto", "university", "universitat", "universite", "universidad", "universidade",
        "universita", "college", "school", "schule", "ecole", "escuela", "escola", "academy", "akademie", "center", "centre",
        "hospital", "klinik", "foundation", "stiftung", "fundacion", "fundacao", "gmbh", "inc", "ltd", "llc",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for unpaid work and a student's offices in the languages the lexicon reads: "Voluntary",
    /// "Voluntariado", "Bénévolat", "Ehrenamt", "Freiwilligendienst", "Engagement", "Civic", "Leadership",
    /// "Extracurricular", "Aktivitäten". ("Leadership" alone also labels a skill; here the line is already a heading.)</summary>
    private static readonly string[] VolunteerStems =
    [
        "volunt", "benevol", "ehrenamt", "freiwillig", "engagement", "civic", "leadership", "extracurricul",
        "aktivitat", "involvement", "frivillig", "vrijwillig", "wolontar",
    ];

    /// <summary>Service a state requires and pays, military or its civilian alternative ("Zivildienst", "Wehrdienst",
    /// "Grundwehrdienst"): resumes list it among the jobs, as they do military service, not as unpaid work.</summary>
    private static readonly string[] ServiceStems = ["zivildienst", "wehrdienst", "grundwehrdienst"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex HeadingWord();

    /// <summary>
    /// A long section name typed with one slip (a letter dropped, doubled, swapped or mistyped: "Berufserfarung",
    /// "Experiance"), on a line that already stands as a heading by its type. Short names are left alone: one letter
    /// turns "Skills" into "Spills"; so are hyphenated words, which name things ("Objective-C"). Null when the slip could
    /// be from names of two kinds.
    /// </summary>
    private static string? Misspelt(string key)
    {
        if (key.Length < 9)
        {
            return null;
        }
        string? kind = null;
        foreach (var (name, nameKind) in Exact)
        {
            if (name.Length >= 10 && Math.Abs(name.Length - key.Length) <= 1 && OneSlipApart(name, key))
            {
                if (kind is not null && kind != nameKind)
                {
                    return null;
                }
                kind = nameKind;
            }
        }
        return kind;
    }

    /// <summary>The two differ by one inserted, dropped or changed letter, or two neighbours swapped.</summary>
    private static bool OneSlipApart(string a, string b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }
        var (restA, restB) = (a.Length - head - tail, b.Length - head - tail);
        return restA + restB is 1 || restA == 1 && restB == 1
            || restA == 2 && restB == 2 && a[head] == b[head + 1] && a[head + 1] == b[head];
    }

    /// <summary>Words that name a section inside a longer heading ("Technical Skills &amp; Tools", "Key Projects 2024").</summary>
    private static readonly (string Word, string Kind)[] Partial =
    [
        // A qualifier decides before the noun it qualifies: "Programming Languages Known" lists skills, not tongues, and
        // "Strengths / Area of Experience" lists qualities, not jobs.
        ("programming", SectionKinds.Skills), ("strength", SectionKinds.Skills),
        // "Volunteer Work Experience": the unpaid kind of experience ("Education &amp; Volunteering" stays education).
        ("volunteerwork", SectionKinds.Volunteer), ("volunteerexperience", SectionKinds.Volunteer),
        ("volunteeringexperience", SectionKinds.Volunteer),
        ("experience", SectionKinds.Work), ("employment", SectionKinds.Work), ("education", SectionKinds.Education),
        ("skills", SectionKinds.Skills), ("skillareas", SectionKinds.Skills), ("competencies", SectionKinds.Skills), ("technolog", SectionKinds.Skills),
        ("projects", SectionKinds.Projects),
        ("certifications", SectionKinds.Certificates), ("certificates", SectionKinds.Certificates),
        ("licenses", SectionKinds.Certificates), ("awards", SectionKinds.Awards), ("honors", SectionKinds.Awards),
        ("honours", SectionKinds.Awards), ("publications", SectionKinds.Publications),
        ("volunteer", SectionKinds.Volunteer), ("volunteering", SectionKinds.Volunteer),
        // "Languages and Frameworks", "Languages & Frameworks Used": languages named beside frameworks are languages a
        // program is written in.
        ("framework", SectionKinds.Skills),
        ("languages", SectionKinds.Languages), ("interests", SectionKinds.Interests),
        ("hobbies", SectionKinds.Interests), ("references", SectionKinds.References), ("summary", SectionKinds.Summary),
        ("objective", SectionKinds.Summary), ("profile", SectionKinds.Summary),
        // German compounds and the other languages' plurals: "Praxiserfahrung im Vertrieb", "EDV- und IT-Kenntnisse",
        // "Experiencia en docencia", "Esperienze all'estero", "Competências comportamentais". Not "competences": Europass
        // labels wrap onto it ("Organisational skills and" / "competences").
        ("erfahrung", SectionKinds.Work), ("experiencia", SectionKinds.Work), ("esperienz", SectionKinds.Work),
        ("werkervaring", SectionKinds.Work), ("ervaring", SectionKinds.Work), ("kenntnisse", SectionKinds.Skills), ("competencias", SectionKinds.Skills), ("competenze", SectionKinds.Skills), ("habilidades", SectionKinds.Skills),
        ("vaardigheden", SectionKinds.Skills),
        // The Scandinavian compounds and plurals: "Praktikerfaringer", "Arbetslivserfarenheter", "Programmeringsprog og
        // teknologier", and a compound on leisure ("Freizeitbeschäftigungen") or unpaid work ("Frivilligt arbejde i klubben").
        ("erfaring", SectionKinds.Work), ("erfarenhet", SectionKinds.Work), ("teknolog", SectionKinds.Skills),
        ("programmeringssprog", SectionKinds.Skills), ("programmeringsprog", SectionKinds.Skills),
        ("freizeit", SectionKinds.Interests), ("frivillig", SectionKinds.Volunteer), ("vrijwillig", SectionKinds.Volunteer),
        ("wolontar", SectionKinds.Volunteer), ("ehrenamt", SectionKinds.Volunteer),
        // Projects in the other languages decide before what they were made with ("Quelques projets de programmation").
        ("projet", SectionKinds.Projects), ("proyecto", SectionKinds.Projects), ("projeto", SectionKinds.Projects),
        ("progett", SectionKinds.Projects), ("projekte", SectionKinds.Projects),
        // What English says with "programming" and "technolog…", the other languages spell their own way; after the work
        // words, so "Experiencia en programación" stays experience.
        ("programacion", SectionKinds.Skills), ("programacao", SectionKinds.Skills), ("programmation", SectionKinds.Skills),
        ("programmier", SectionKinds.Skills), ("programmazione", SectionKinds.Skills), ("tecnolog", SectionKinds.Skills),
    ];

    /// <summary>Lower-case words of three letters or fewer ("de", "y", "and", "für", "et"): they join a heading's nouns.</summary>
    private static int JoiningWords(string text)
    {
        var count = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length <= 3 && word.All(char.IsLower))
            {
                count++;
            }
        }
        return count;
    }

    public static HeadingMatch? Match(string text)
    {
        if (text.Length is 0 or > 60)
        {
            return null;
        }
        var key = Key(text);
        // Two ideographs or syllables are a word's length in the scripts that write one for each ("技能", "학력", "職歴").
        if (key.Length < (key.Length == 2 && Scripts.IsSyllabic(key[0]) && Scripts.IsSyllabic(key[1]) ? 2 : 3) || text.Count(char.IsDigit) > key.Length)
        {
            // "508-555-0142 (Work)": a number with its label is contact, however its label reads.
            return null;
        }
        if (Exact.TryGetValue(key, out var kind) || ProfileExport.TryGetValue(key, out kind))
        {
            return CapitalisedOnly.Contains(key) && !char.IsUpper(text.First(char.IsLetter)) ? null : new HeadingMatch(kind, true);
        }
        if (PluralOfName(key) is { } plural)
        {
            return new HeadingMatch(plural, true);
        }
        if (PossessiveWords.Strip(text) is { } owned && Match(owned) is { Exact: true } ownedMatch)
        {
            return ownedMatch;
        }
        if (GermanQualified(text) is { } qualified)
        {
            return qualified;
        }
        if (JoinedIdeographs(text) is { } joined2)
        {
            return joined2;
        }
        var words = Words.Count(text);
        // "Skill", "Reference", "Loisir", "Technical Skill": a section's name written in the singular names the same section,
        // but a lone noun is also an entry's line or a group's label, so only the heading's type may make it one.
        if (words <= 3 && key.Length >= 4 && !text.Any(char.IsDigit) && SingleWord(key + "s") is { } singular
            && !(CapitalisedOnly.Contains(key + "s") && !char.IsUpper(text.First(char.IsLetter))))
        {
            // A name of two or three words put in the singular is no entry's line: its set type need not prove it.
            return new HeadingMatch(singular, words > 1);
        }
        // A heading's length is its nouns: "Lenguajes de programación y otras tecnologías" is four of them and two small
        // joining words; a sentence has more of both.
        if (words - JoiningWords(text) > 5 || words > 7 || text.Any(char.IsDigit) || text.Contains('@'))
        {
            return null;
        }
        if (SharedNoun(text) is { } shared)
        {
            return shared;
        }
        if (text.Contains(','))
        {
            return Listed(text);
        }
        if (JoinedNames().IsMatch(text) && Listed(text, typographic: true) is { } joined)
        {
            return joined;
        }
        if (Conjoined().IsMatch(text) && Listed(text, splitter: Conjoined()) is { } conjoined)
        {
            return conjoined;
        }
        foreach (var (word, partialKind) in Partial)
        {
            if (key.Contains(word, StringComparison.Ordinal) && !InCompound(text, word))
            {
                return new HeadingMatch(partialKind, false);
            }
        }
        return null;
    }

    /// <summary>"Research &amp; Professional Experience", "Teaching and Clinical Experience": two words that qualify one noun,
    /// the first standing before the "and" without it. When the first word with that noun is itself a heading of the same
    /// section as the whole second half ("Research Experience", "Professional Experience"), the heading is that section's,
    /// not a list of two sections' names ("Research" alone names publications).</summary>
    private static HeadingMatch? SharedNoun(string text)
    {
        var parts = CoordinatingJoint().Split(text.Trim().TrimEnd(':'));
        if (parts.Length != 2 || parts[0].Trim().Contains(' ') || parts[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } second)
        {
            return null;
        }
        return Exact.TryGetValue(Key(parts[1]), out var kind) && Exact.TryGetValue(Key(parts[0] + " " + second[^1]), out var firstKind)
            && kind == firstKind ? new HeadingMatch(kind, true) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*&\s*|\s+and\s+|\s*/\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CoordinatingJoint();

    /// <summary>"Kitchen Experience", "Military Experience", "Retail Experience": the name of a section of entries after a
    /// word or two that say what kind (a trade, a field, a setting), each capitalised as a heading is. Such a name also labels a
    /// group of skills or a line of a job, so it is a heading only where the line already stands as one: a cell in a
    /// margin of headings, or the wrapped lines of one.</summary>
    public static HeadingMatch? Qualified(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || text.Any(c => char.IsDigit(c) || c is ',' or ':' or '@') || !words.All(w => char.IsUpper(w[0])))
        {
            return null;
        }
        // Not the names of lists ("Tools", "Languages"): "Infrastructure" / "Tools" in a margin are two groups' labels.
        return Match(words[^1]) is { Exact: true } last && Match(string.Join(' ', words[..^1])) is null
            && last.Kind is SectionKinds.Work or SectionKinds.Education or SectionKinds.Projects or SectionKinds.Volunteer
            ? new HeadingMatch(last.Kind, true)
            : null;
    }

    /// <summary>"Akademische Ausbildung", "Universitäre Ausbildung", "Fachliche Kenntnisse": a German heading is often a known
    /// one after an adjective that says what kind ("-ische", "-liche", "-äre", "-ale", "-elle" with its ending), which
    /// changes nothing about the section it opens.</summary>
    private static HeadingMatch? GermanQualified(string text)
    {
        var words = text.Trim().TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 4 && words[1].Equals("und", StringComparison.OrdinalIgnoreCase) && AgreesWith(words[0], words[2])
            && GermanQualified(words[2] + " " + words[3]) is { } coordinated)
        {
            // "Allgemeine und berufliche Bildung", "Schulische und akademische Ausbildung": two adjectives joined by "und"
            // before one noun share its ending, as German grammar wants; the first says what kind as the second does.
            return coordinated;
        }
        return words.Length == 2 && char.IsUpper(words[1][0]) && GermanAdjective().IsMatch(words[0])
            && Exact.TryGetValue(Key(words[1]), out var kind) && kind != SectionKind.Contact
            ? new HeadingMatch(kind, true)
            : null;
    }

    /// <summary>A word inflected as the adjective beside it ("allgemeine" with "berufliche"): letters only, ending as it does.</summary>
    private static bool AgreesWith(string word, string adjective)
    {
        var ending = AdjectiveEnding().Match(adjective);
        return ending.Success && word.Length > ending.Length + 2 && word.All(char.IsLetter)
            && word.EndsWith(ending.Value, StringComparison.OrdinalIgnoreCase) && !Exact.ContainsKey(Key(word));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:er|es|en|e)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AdjectiveEnding();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}{2,}(?:isch|lich|är|al|ell)(?:e|er|es|en)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GermanAdjective();

    /// <summary>A section word hyphenated into a longer name ("Objective-C", "Experience-Design") is part of that name,
    /// not the name of a section.</summary>
    private static bool InCompound(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var end = at + word.Length;
        return at >= 0 && end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]);
    }

    /// <summary>"Grants, Fellowships &amp; Awards", "Honors, Awards &amp; Certifications": a heading that lists names of
    /// sections, each a heading by itself. One section's names make it that section; names of several make it the
    /// first one's, as a heading the writer chose to share.</summary>
    /// <param name="typographic">Names joined by a slash or a dash rather than listed with commas ("Teaching/Tutoring",
    /// "Schule - Berufsausbildung"): names that alone only label a skill group count too, as two of them side by side
    /// label no group.</param>
    /// <param name="splitter">What parts the names: by default a comma or a sign; <see cref="Conjoined"/> for names
    /// joined by a language's "and", each of which must then be a section's very name.</param>
    private static HeadingMatch? Listed(string text, bool typographic = false, System.Text.RegularExpressions.Regex? splitter = null)
    {
        string? kind = null;
        var parts = (splitter ?? JoinedNames()).Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (splitter is null)
        {
            // "Weiterbildungen, Kurse und Seminare", "Cours, stages et formations": a list of three names or more joins its
            // last two by the language's "and", as a sentence's list does.
            parts = [.. parts.SelectMany(p => Exact.ContainsKey(Key(p)) ? [p] : Conjoined().Split(p).Select(q => q.Trim()))];
        }
        var typeset = 0;
        foreach (var part in parts)
        {
            var name = part.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? part[4..] : part;
            if (!Exact.TryGetValue(Key(name), out var partKind) && !ListedSingular(Key(name), out partKind))
            {
                if (!typographic || !ByTypography.TryGetValue(Key(name), out partKind))
                {
                    return null;
                }
                typeset++;
            }
            kind ??= partKind;
        }
        return kind is null || typeset == parts.Count && parts.Count < 2 ? null : new HeadingMatch(kind, true);
    }

    /// <summary>"Fähigkeiten &amp; Interesse", "Skills &amp; Interest": beside another section's name, one written in the
    /// singular names the same section as its plural ("Interessen", "Interests"); in a list of names it labels no group.</summary>
    private static bool ListedSingular(string key, out string kind)
    {
        kind = "";
        if (key.Length < 4 || key.Contains(' '))
        {
            return false;
        }
        foreach (var plural in new[] { key + "s", key + "n", key + "en" })
        {
            if (Exact.TryGetValue(plural, out var found) && found != SectionKind.Contact)
            {
                kind = found;
                return true;
            }
        }
        return false;
    }

    /// <summary>"技能和语言", "获奖及证书", "学歴・職歴": names of sections set together with the word for "and" of Chinese
    /// (和, 与, 及) or Japanese (と), or an enumeration comma or middle dot, with no space around it: the first name's
    /// section, as <see cref="Listed"/> reads "Skills &amp; Languages".</summary>
    private static HeadingMatch? JoinedIdeographs(string text)
    {
        var trimmed = text.Trim().TrimEnd(':', '：');
        if (trimmed.Length > 16 || !Scripts.HasSyllabic(trimmed))
        {
            return null;
        }
        var parts = IdeographJoiner().Split(trimmed).Where(p => p.Length > 0).ToList();
        return parts.Count < 2 ? null : Listed(trimmed, splitter: IdeographJoiner());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{Lo})(?:和|与|與|及|と|및|、|・|·|/|／|&)(?=\p{Lo})")]
    private static partial System.Text.RegularExpressions.Regex IdeographJoiner();

    /// <summary>"Educação e Formação", "Diplome und Ausbildungen", "Éducation et formation": two names of sections joined
    /// by the word for "and" of the languages the lexicon reads, as a Europass CV titles its schooling in each of them.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:and|und|et|y|e|en|og|och|ve)\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Conjoined();

    /// <summary>What joins the names of sections a heading lists: a comma, an ampersand, a slash, a bar, a spaced dash.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[,&/|]|\s[-–—]\s")]
    private static partial System.Text.RegularExpressions.Regex JoinedNames();

    /// <summary>"Education &amp; Certifications", "Honors, Awards &amp; Certifications", "Ausbildung &amp; Zertifizierung",
    /// "Formation et Certifications": a heading that names certificates, whatever section it opens; its entries that are
    /// certificates belong to them.</summary>
    /// <summary>"Qualifications", "Other Qualifications": a heading that names what was gained, not where or how it was
    /// studied, so it may list degrees or credentials alike.</summary>
    public static bool NamesQualifications(string heading) => Key(heading) is "qualifications" or "qualification" or "other qualifications"
        or "additional qualifications" or "further qualifications";

    public static bool NamesCertificates(string heading) => CertificateNames().IsMatch(Key(heading));

    /// <summary>"Certificates and Awards", "Certifications &amp; Achievements": a heading that names honours too.</summary>
    public static bool NamesAwards(string heading) => AwardNames().IsMatch(Key(heading));

    [System.Text.RegularExpressions.GeneratedRegex("certif|zertifi|licens|credential|accredit")]
    private static partial System.Text.RegularExpressions.Regex CertificateNames();

    [System.Text.RegularExpressions.GeneratedRegex("award|honou?r|achievement|distinction|auszeichnung|prix|premio|premios|premi")]
    private static partial System.Text.RegularExpressions.Regex AwardNames();

    /// <summary>Letters only, lower case, accents dropped ("é" as "e", "ß" as "ss"), "&amp;" read as "and"; a trailing
    /// colon or dots do not matter.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&' || c == '+')
            {
                builder.Append("and");
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
            }
            else if (c is >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A')
            {
                // Full-width Latin letters, as CJK text sets them ("自己ＰＲ").
                builder.Append(char.ToLowerInvariant((char)(c - 0xFEE0)));
            }
            else if (c > 127 && char.IsLetter(c))
            {
                builder.Append(Accents.FoldLower(c));
            }
        }
        return builder.ToString();
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> phrases, IEnumerable<Dictionary<string, string[]>>? more = null)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in (IEnumerable<Dictionary<string, string[]>>)[phrases, .. more ?? []])
        {
            foreach (var (kind, list) in set)
            {
                foreach (var phrase in list)
                {
                    foreach (var spelling in Spellings(phrase))
                    {
                        map.TryAdd(Key(spelling), kind);
                    }
                }
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A heading as written, with "&amp;" for its "and" ("Kenntnisse &amp; Fähigkeiten", "Prix &amp; distinctions")
    /// and, for German, umlauts typed as two letters ("Persoenliche Daten").</summary>
    private static IEnumerable<string> Spellings(string phrase)
    {
        yield return phrase;
        foreach (var and in (string[])[" und ", " et ", " y ", " e ", " en "])
        {
            if (phrase.Contains(and, StringComparison.Ordinal))
            {
                yield return phrase.Replace(and, " & ", StringComparison.Ordinal);
            }
        }
        if (phrase.AsSpan().IndexOfAny("äöü") >= 0)
        {
            yield return phrase.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
                .Replace("ü", "ue", StringComparison.Ordinal);
        }
    }
}
