using System.Collections.Frozen;
using System.Text;
using Resume.Model;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>Section headings in the many ways resumes spell them, compared on letters only (so "E X P E R I E N C E",
/// "Honors &amp; Awards" and "HONORS AND AWARDS:" all match).</summary>
internal static class HeadingLexicon
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
            "job history", "industry experience", "experience and employment", "positions", "positions held",
            "professional background", "work and experience", "working experience", "technical experience",
            "relevant work experience", "teaching experience", "research experience", "clinical experience",
            // Students, nurses, teachers and academics name their experience by where it was gained.
            "clinical rotations", "clinical rotation experience", "clinical placements", "student clinical experience",
            "clinical practicum", "practicum", "practicum experience", "field experience", "student teaching",
            "student teaching experience", "academic appointments", "appointments", "research positions",
            "internships", "internship", "internship experience", "internships and work experience", "related experience",
            "other experience", "additional experience", "healthcare experience", "work placements", "placements",
            "externships", "campus employment", "research and teaching experience", "teaching and research experience",
            // Veterans write their service as their first employer.
            "military service", "military history", "service history",
        ],
        [SectionKinds.Education] =
        [
            "education", "academic background", "education and training", "education and qualifications",
            "academic qualifications", "qualifications", "educational background", "academics", "academic history",
            "studies", "training", "education history", "academic credentials", "education and certifications",
            "academic experience", "formal education",
        ],
        [SectionKinds.Skills] =
        [
            "skills", "technical skills", "core competencies", "competencies", "key skills", "skills and tools",
            "skills and technologies", "technologies", "tech stack", "areas of expertise", "expertise",
            "technical proficiencies", "toolbox", "core skills", "skills and abilities", "skills and expertise",
            "technical expertise", "technical competencies", "professional skills", "skill set", "skillset",
            "tools and technologies", "technologies and tools", "key competencies", "skills summary", "abilities",
            "technical summary", "relevant skills", "hard skills", "software skills", "computer skills",
            "additional information", "additional skills", "other skills", "skills and interests", "skills and languages",
        ],
        [SectionKinds.Projects] =
        [
            "projects", "selected projects", "side projects", "personal projects", "key projects", "project experience",
            "projects experience", "open source", "notable projects", "portfolio", "academic projects",
            "open source projects", "technical projects", "relevant projects", "open source contributions",
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
            "extracurricular activities", "extracurriculars", "leadership and service",
            "leadership and community involvement", "student activities",
            // Executives' board seats, lawyers' pro bono work and scientists' outreach: an organisation, a role, dates.
            "board service", "board memberships", "board membership", "board positions", "board appointments",
            "board and advisory roles", "advisory roles", "board roles", "pro bono", "pro bono work", "pro bono service",
            "pro bono and community", "voluntary work", "voluntary experience", "outreach", "community outreach",
        ],
        [SectionKinds.Languages] =
        [
            "languages", "language skills", "spoken languages", "language", "language proficiency",
        ],
        [SectionKinds.Interests] =
        [
            "interests", "hobbies", "hobbies and interests", "interests and hobbies", "personal interests",
            "outside interests",
        ],
        [SectionKinds.References] =
        [
            "references", "referees", "references available upon request", "references available on request",
        ],
        [SectionKind.Contact] =
        [
            "contact", "contact information", "contact details", "contact info", "personal details",
            "personal information", "profiles", "links", "social", "online", "find me online", "contacts",
            "social profiles", "online profiles", "get in touch", "details", "personal info",
        ],
    });

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

    /// <summary>The kind of a line already judged a heading by its typography alone; null when its name gives none.</summary>
    public static string? KindOfTypesetHeading(string text) => ByTypography.GetValueOrDefault(Key(text));

    /// <summary>Words that name a section inside a longer heading ("Technical Skills &amp; Tools", "Key Projects 2024").</summary>
    private static readonly (string Word, string Kind)[] Partial =
    [
        ("experience", SectionKinds.Work), ("employment", SectionKinds.Work), ("education", SectionKinds.Education),
        ("skills", SectionKinds.Skills), ("competencies", SectionKinds.Skills), ("projects", SectionKinds.Projects),
        ("certifications", SectionKinds.Certificates), ("certificates", SectionKinds.Certificates),
        ("licenses", SectionKinds.Certificates), ("awards", SectionKinds.Awards), ("honors", SectionKinds.Awards),
        ("honours", SectionKinds.Awards), ("publications", SectionKinds.Publications),
        ("volunteer", SectionKinds.Volunteer), ("volunteering", SectionKinds.Volunteer),
        ("languages", SectionKinds.Languages), ("interests", SectionKinds.Interests),
        ("hobbies", SectionKinds.Interests), ("references", SectionKinds.References), ("summary", SectionKinds.Summary),
        ("objective", SectionKinds.Summary), ("profile", SectionKinds.Summary),
    ];

    public static HeadingMatch? Match(string text)
    {
        if (text.Length is 0 or > 60)
        {
            return null;
        }
        var key = Key(text);
        if (key.Length < 3 || text.Count(char.IsDigit) > key.Length)
        {
            // "508-555-0142 (Work)": a number with its label is contact, however its label reads.
            return null;
        }
        if (Exact.TryGetValue(key, out var kind) || ProfileExport.TryGetValue(key, out kind))
        {
            return new HeadingMatch(kind, true);
        }
        var words = Words.Count(text);
        if (words > 5 || text.Any(char.IsDigit) || text.Contains('@'))
        {
            return null;
        }
        if (text.Contains(','))
        {
            return Listed(text);
        }
        foreach (var (word, partialKind) in Partial)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return new HeadingMatch(partialKind, false);
            }
        }
        return null;
    }

    /// <summary>"Grants, Fellowships &amp; Awards", "Honors, Awards &amp; Certifications": a heading that lists names of
    /// sections, each a heading by itself. One section's names make it that section; names of several make it the
    /// first one's, as a heading the writer chose to share.</summary>
    private static HeadingMatch? Listed(string text)
    {
        string? kind = null;
        foreach (var part in text.Split([',', '&', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? part[4..] : part;
            if (!Exact.TryGetValue(Key(name), out var partKind))
            {
                return null;
            }
            kind ??= partKind;
        }
        return kind is null ? null : new HeadingMatch(kind, true);
    }

    /// <summary>Letters only, lower case, "&amp;" read as "and"; a trailing colon or dots do not matter.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&' || c == '+')
            {
                builder.Append("and");
            }
        }
        return builder.ToString();
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> phrases)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, list) in phrases)
        {
            foreach (var phrase in list)
            {
                map.TryAdd(Key(phrase), kind);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
