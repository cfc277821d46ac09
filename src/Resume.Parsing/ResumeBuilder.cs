using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;
using Resume.Parsing.Text;

namespace Resume.Parsing;

/// <summary>Turns a document's lines into the JSON Resume fields and the <c>meta</c> the score stage reads.</summary>
internal static class ResumeBuilder
{
    public static ResumeDocument Build(LayoutDocument layout, ParseBudget budget)
    {
        var structure = RowKinds.Apply(SectionSplitter.Split(layout.Lines));
        budget.Check();

        var work = new List<Work>();
        var volunteer = new List<Volunteer>();
        var education = new List<Education>();
        var skills = new List<Skill>();
        var projects = new List<Project>();
        var certificates = new List<Certificate>();
        var awards = new List<Award>();
        var publications = new List<Publication>();
        var languages = new List<Language>();
        var interests = new List<Interest>();
        var references = new List<Reference>();
        var contactLines = new List<TextLine>();
        var summaries = new List<string>();
        var sectionInfos = new List<SectionInfo>();
        contactLines.AddRange(StrayContact.Take(structure.Sections));

        var skillGroupsFollow = false;
        foreach (var section in structure.Sections)
        {
            budget.Check();
            var kind = section.Kind;
            var lines = section.Lines;
            // A skills heading with no text of its own heads the sections that follow: their headings the lexicon does
            // not know name its groups, until a heading of another kind of section. The groups list items ("NLP / LLM:
            // very good"), not sentences: a functional resume's skill headings stand over what the person achieved.
            skillGroupsFollow = kind == SectionKinds.Skills && section.KnownHeading && lines.Count == 0
                || skillGroupsFollow && SectionSplitter.IsGroupKind(kind, section.KnownHeading);
            if (skillGroupsFollow && kind == SectionKinds.Other && !section.KnownHeading && lines.Count > 0
                && lines.All(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) <= 6 && !l.Text.TrimEnd().EndsWith('.')))
            {
                kind = SectionKinds.Skills;
                lines = GroupLine(section.Heading, lines);
            }
            if (kind == SectionKinds.Summary && LooksLikeContact(lines))
            {
                kind = SectionKinds.Contact;
            }
            // "Languages" over "Programming ‖ Java, Python, Go" and "Tools: Git, Docker": groups of things named, each under its
            // label, none of them a tongue, are skill groups (spoken languages are listed with levels, not in groups). So is
            // "Idiomas y Competencias" over "Idiomas ‖ Español, Inglés" and "Herramientas ‖ Stata, Excel": one group of tongues
            // among groups of skills is a languages row of a skills section, which the skills' routes send to languages.
            if (kind == SectionKinds.Languages && lines.Count > 0 && lines.All(IsGroupRow)
                && (!lines.Any(l => HumanLanguages.Contains(l.Text)) || lines.Count(l => !ListsTongues(l)) >= 2))
            {
                kind = SectionKinds.Skills;
            }
            // A heading over a short list of items that are not spoken languages, or an unknown heading over a list of
            // short items, is a skill group set as a heading (a sidebar of "Languages", "Frameworks", "Tools").
            if (kind == SectionKinds.Languages && lines.Count > 0 && !lines.Any(l => HumanLanguages.Contains(l.Text)) && IsShortItemList(lines)
                || kind == SectionKinds.Other && !section.KnownHeading && IsShortItemList(lines))
            {
                kind = SectionKinds.Skills;
                lines = GroupLine(section.Heading, lines);
            }
            // "Erfahrung und Kenntnisse" (experience and skills) over nothing but labelled lists with no dates: entries
            // have dates or a line of their own; the lines are groups of skills, whichever name of the heading came first.
            if (kind is SectionKinds.Work or SectionKinds.Volunteer && lines.Count >= 2 && lines.All(IsLabelledList))
            {
                kind = SectionKinds.Skills;
            }
            if (kind == SectionKinds.Education && section.Heading.Contains("experience", StringComparison.OrdinalIgnoreCase) && ListsPosts(lines))
            {
                kind = SectionKinds.Work;
            }
            if (kind is SectionKinds.Other or SectionKinds.Contact)
            {
                // "Personal details" blocks of CVs from many countries hold "Languages known: …" and "Hobbies: …" too.
                // "Additional" or "Other" sections often hold "Languages: …", "Interests: …" lines.
                lines = RouteLabelledLines(lines, languages, interests, certificates, awards);
            }
            else if (kind == SectionKinds.Skills)
            {
                // "Skills & Interests" (a student's last section): its "Interests:" and spoken "Languages:" lines are
                // sections of their own; "Certifications: BLS, ACLS" there stays a group of skills.
                lines = RouteLabelledLines(lines, languages, interests, certificates, awards, skillsSection: true);
            }
            if (kind is SectionKinds.Education or SectionKinds.Work or SectionKinds.Volunteer or SectionKinds.Projects)
            {
                // "Scholarships/Awards: …" under a degree, "Auszeichnungen: …" among its bullets: a label naming another
                // kind of section opens that kind's items inside the entry, which are none of the entry's own text.
                lines = RouteInlineLabels(lines, awards, languages);
            }
            if (kind is SectionKinds.Summary or SectionKinds.Other && InlineSkills(lines) is var (at, count))
            {
                // "Core Skills: Branding | SEO | …" inside a profile: a skills heading run into its list, with the list's
                // further lines, is a group of skills; the profile keeps the rest.
                skills.AddRange(SkillGroupRoutes.Route(SkillsParser.Parse(lines.GetRange(at, count)), languages, interests));
                lines = [.. lines.Take(at), .. lines.Skip(at + count)];
            }
            if (EmptySection.SaysNone(lines))
            {
                lines = [];
            }
            double? confidence = null;
            switch (kind)
            {
                case SectionKinds.Summary:
                    summaries.Add(Paragraphs(lines));
                    break;
                case SectionKinds.Work:
                    var jobs = VolunteerPosts.TakeFrom(WorkParser.Parse(lines), volunteer);
                    work.AddRange(jobs);
                    confidence = ParseConfidence.Work(jobs, lines.Count);
                    break;
                case SectionKinds.Volunteer:
                    var roles = WorkParser.ParseVolunteer(lines);
                    volunteer.AddRange(roles);
                    confidence = ParseConfidence.Items(roles.Count, lines.Count);
                    break;
                case SectionKinds.Education when HeadingLexicon.NamesQualifications(section.Heading) && EducationParser.NamesNoSchoolOrDegree(lines):
                    // "Qualifications" heads degrees in one resume and licences, checks and short courses in another: with
                    // no school and no degree named anywhere under it, what it lists are certificates.
                    certificates.AddRange(SimpleSections.Certificates(lines));
                    break;
                case SectionKinds.Education:
                    var degrees = EducationParser.Parse(lines, certificates, HeadingLexicon.NamesCertificates(section.Heading), volunteer, work);
                    education.AddRange(degrees);
                    confidence = ParseConfidence.Education(degrees, lines.Count);
                    break;
                case SectionKinds.Skills:
                    // From the first dated entry on, the section holds entries under a heading that was missed (or a
                    // column read into it): they are not skills, and the section's confidence says so.
                    var listed = SkillsScope.ListsOnly(SkillsScope.WithoutEntries(lines, out var holdsEntries));
                    var groups = SkillGroupRoutes.Route(SkillsParser.Parse(listed), languages, interests);
                    skills.AddRange(groups);
                    confidence = ParseConfidence.Skills(groups, lines.Count);
                    if (holdsEntries)
                    {
                        confidence = Math.Min(confidence.Value, 0.5);
                    }
                    break;
                case SectionKinds.Projects:
                    var made = ProjectParser.Parse(lines);
                    // "AWS Certified Cloud Practitioner (CLF-C02)" among projects: an entry named as a credential is one.
                    certificates.AddRange(made.Where(p => p.Name is { } n && Credentials.NamesCredential(n))
                        .Select(p => new Certificate { Name = p.Name, Date = p.EndDate ?? p.StartDate }));
                    made = made.Where(p => p.Name is not { } n || !Credentials.NamesCredential(n)).ToList();
                    projects.AddRange(made);
                    confidence = ParseConfidence.Items(made.Count, lines.Count);
                    break;
                case SectionKinds.Certificates when CoursesBesideCertificates.Applies(section, structure.Sections):
                    // Courses listed apart from the certificates are neither certificates nor schooling.
                    break;
                case SectionKinds.Certificates:
                    // "Certificates and Awards": under a heading that names honours too, an item that says it is one and
                    // says nothing of a credential is an award.
                    var listedCertificates = SimpleSections.Certificates(lines);
                    var honours = HeadingLexicon.NamesAwards(section.Heading)
                        ? listedCertificates.Where(c => c.Name is { } n && Credentials.SaysAward(n) && !Credentials.Says(n)).ToList()
                        : [];
                    awards.AddRange(honours.Select(c => new Award { Title = c.Name, Awarder = c.Issuer, Date = c.Date }));
                    certificates.AddRange(listedCertificates.Except(honours));
                    break;
                case SectionKinds.Awards:
                    // "Honors, Awards & Certifications", "Achievements": an item that says it is a credential (a word,
                    // an issuer, an exam code) and not an honour is a certificate, wherever it is listed.
                    foreach (var award in SimpleSections.Awards(lines))
                    {
                        var said = award.Title + " " + award.Awarder;
                        if (award.Title is { } title && !Credentials.SaysAward(said) && Credentials.SaysCertificate(said))
                        {
                            certificates.Add(new Certificate { Name = title, Issuer = award.Awarder, Date = award.Date });
                        }
                        else
                        {
                            awards.Add(award);
                        }
                    }
                    break;
                case SectionKinds.Publications:
                    publications.AddRange(SimpleSections.Publications(lines));
                    break;
                case SectionKinds.Languages:
                    languages.AddRange(SimpleSections.Languages(lines));
                    break;
                case SectionKinds.Interests:
                    interests.AddRange(SimpleSections.Interests(lines));
                    break;
                case SectionKinds.References:
                    references.AddRange(SimpleSections.References(lines));
                    break;
                case SectionKinds.Contact:
                    var (contact, sidebarSkills) = SplitContactBlock(lines);
                    contactLines.AddRange(contact);
                    skills.AddRange(SkillGroupRoutes.Route(SkillsParser.Parse(SkillsScope.ListsOnly(sidebarSkills)), languages, interests));
                    break;
            }
            sectionInfos.Add(new SectionInfo(kind, section.Heading, confidence));
        }

        var summary = summaries.Where(s => s.Length > 0).ToList() is { Count: > 0 } found ? string.Join("\n\n", found) : null;
        var basics = BasicsReader.Read(structure.Header, contactLines, summary, layout.DocumentTitle);
        work = HomePlace.Apply(work, basics.Location);

        var document = new ResumeDocument
        {
            Basics = basics,
            Work = work,
            Volunteer = volunteer,
            Education = education,
            Awards = awards,
            Certificates = certificates,
            Publications = publications,
            Skills = skills,
            Languages = languages,
            Interests = interests,
            References = references,
            Projects = projects,
        };
        budget.Check();

        // What the result does not hold is said, and weighs on how sure the parser is of each section and of the whole.
        var unplaced = UnplacedLines.Find(layout.Lines, structure, document);
        sectionInfos = sectionInfos.Select((s, i) => s with { Confidence = ParseConfidence.Placed(s.Confidence, unplaced.PerSection[i]) }).ToList();
        return document with
        {
            Meta = new ResumeMeta
            {
                FileType = layout.FileType,
                PageCount = layout.PageCount,
                WordCount = layout.Lines.Sum(line => Words.Count(line.Text)),
                Sections = sectionInfos,
                Warnings = Warnings.For(layout, sectionInfos),
                Confidence = ParseConfidence.Document(sectionInfos, basics, layout.Traits.Contains(ParseWarningCodes.ImageOnly),
                    unplaced.Total, unplaced.Considered),
                Unplaced = unplaced.Lines,
                UnplacedMore = unplaced.Total > unplaced.Lines.Count ? unplaced.Total - unplaced.Lines.Count : null,
            },
        };
    }

    private static List<TextLine> RouteLabelledLines(List<TextLine> lines, List<Language> languages, List<Interest> interests,
        List<Certificate> certificates, List<Award> awards, bool skillsSection = false)
    {
        var rest = new List<TextLine>();
        foreach (var line in lines)
        {
            var text = line.Text;
            var colon = text.IndexOf(':');
            if (colon is > 0 and < 30 && HeadingLexicon.Match(text[..colon]) is { Exact: true } match)
            {
                var content = new List<TextLine> { new([new LineSegment(text[(colon + 1)..].Trim())]) };
                switch (match.Kind)
                {
                    case SectionKinds.Languages when skillsSection:
                        // "Languages: Go, Rust" among skills is about programming; spoken ones are a section.
                        var spoken = SimpleSections.Languages(content);
                        if (spoken.Count > 0 && spoken.All(l => l.Name is { } n && HumanLanguages.Contains(n)))
                        {
                            languages.AddRange(spoken);
                            continue;
                        }
                        break;
                    case SectionKinds.Interests:
                        interests.AddRange(SimpleSections.Interests(content));
                        continue;
                    case SectionKinds.Other:
                        continue; // "Relevant coursework: …" names courses, not skills
                    case var _ when skillsSection:
                        break;
                    case SectionKinds.Languages:
                        languages.AddRange(SimpleSections.Languages(content));
                        continue;
                    case SectionKinds.Certificates:
                        certificates.AddRange(KeywordSplitter.Split(text[(colon + 1)..]).Select(n => new Certificate { Name = n }));
                        continue;
                    case SectionKinds.Awards:
                        awards.AddRange(KeywordSplitter.Split(text[(colon + 1)..]).Select(n => new Award { Title = n }));
                        continue;
                }
            }
            rest.Add(line);
        }
        return rest;
    }

    /// <summary>A line led by the name of an awards or languages section closed by a colon, with its items after the
    /// colon; lines that carry on its list (no bullet, no colon, the list left open by a comma or a wrapped item) belong
    /// to it. Languages count only when all are spoken ones, as "Languages: Java, C" in a project lists code.</summary>
    private static List<TextLine> RouteInlineLabels(List<TextLine> lines, List<Award> awards, List<Language> languages)
    {
        List<TextLine>? rest = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var colon = text.IndexOf(':');
            if (colon is <= 0 or > 40 || HeadingLexicon.Match(text[..colon].Trim().TrimStart('•', '-', '*', '·').Trim()) is not { Exact: true } match
                || match.Kind is not (SectionKinds.Awards or SectionKinds.Languages))
            {
                rest?.Add(lines[i]);
                continue;
            }
            var list = text[(colon + 1)..].Trim();
            if (list.Length == 0)
            {
                rest?.Add(lines[i]);
                continue;
            }
            var end = i + 1;
            // A wrapped list goes on in the next line ("… Travel" / "Grant Recipient, …"): one run of text that lists
            // by commas too. A school's line under it ("Northfield University ‖ Dallas, TX") is set in cells.
            while (end < lines.Count && !lines[end].Bullet && lines[end].Segments.Count == 1 && !lines[end].Text.Contains(':')
                && DateParser.Find(lines[end].Text) is null && list.Contains(',') && lines[end].Text.Contains(','))
            {
                list += " " + lines[end].Text.Trim();
                end++;
            }
            var content = new List<TextLine> { new([new LineSegment(list)]) };
            if (match.Kind == SectionKinds.Languages)
            {
                var spoken = SimpleSections.Languages(content);
                if (spoken.Count == 0 || !spoken.All(l => l.Name is { } n && HumanLanguages.Contains(n)))
                {
                    rest?.Add(lines[i]);
                    continue;
                }
                languages.AddRange(spoken);
            }
            else
            {
                awards.AddRange(KeywordSplitter.Split(list).Select(n => new Award { Title = n }));
            }
            rest ??= [.. lines.Take(i)];
            i = end - 1;
        }
        return rest ?? lines;
    }

    /// <summary>Where a line opens with a skills heading closed by a colon and a list follows it ("Key Skills: a, b, c"):
    /// that line and the list lines after it.</summary>
    private static (int At, int Count)? InlineSkills(List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var colon = text.IndexOf(':');
            if (colon is <= 0 or > 40 || HeadingLexicon.Match(text[..colon].Trim()) is not { Kind: SectionKinds.Skills }
                || KeywordSplitter.Split(text[(colon + 1)..]).Count < 2)
            {
                continue;
            }
            var end = i + 1;
            while (end < lines.Count && !lines[end].Text.Contains(':') && KeywordSplitter.Split(lines[end].Text).Count >= 2)
            {
                end++;
            }
            return (i, end - i);
        }
        return null;
    }

    /// <summary>
    /// "Academic Experience" names a student's schooling as often as an academic's posts: where the section's entry lines
    /// open with a title ("Associate Professor, …", "Postdoc Researcher, …", behind their dates) far more often than they
    /// name a degree, it lists posts held, and its entries are jobs.
    /// </summary>
    private static bool ListsPosts(List<TextLine> lines)
    {
        var (posts, degrees) = (0, 0);
        foreach (var line in lines.Where(l => !l.Bullet))
        {
            var text = line.Text;
            if (DateParser.Find(text) is { Index: 0 } dated)
            {
                text = text[Math.Min(text.Length, dated.Length)..].Trim();
            }
            var opening = text.Split(',')[0].Trim();
            // A post's title may open with a degree's word ("Associate Professor", "Postdoc Researcher"): the title
            // is read first.
            if (opening.Length > 0 && RoleWords.TitleScore(opening) >= RoleParser.Undecided)
            {
                posts++;
            }
            else if (EducationParser.SplitDegree(text).Type is not null)
            {
                degrees++;
            }
        }
        return posts >= 2 && posts > 2 * degrees;
    }

    /// <summary>A group set as a heading over its items, as one "Name: a, b" line. An item's level after a colon
    /// ("PyTorch: very good", "SQL: Grundkenntnisse") rates the skill and is no part of its name.</summary>
    private static List<TextLine> GroupLine(string heading, List<TextLine> lines)
    {
        var items = lines.SelectMany(l => l.Segments).Select(s => s.Text.Trim()).ToList();
        var named = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (SimpleSections.RatedItem(item) is { } rated)
            {
                named.Add(rated.Item);
                continue;
            }
            // "PyTorch:" in one cell and its level in the next.
            if (item.Length > 1 && item[^1] == ':' && i + 1 < items.Count && SimpleSections.RatedItem(item + " " + items[i + 1]) is { } split)
            {
                named.Add(split.Item);
                i++;
                continue;
            }
            named.Add(item);
        }
        return [new TextLine([new LineSegment(heading + ": " + string.Join(", ", named))])];
    }

    /// <summary>"Programmiersprachen: C, Python, MATLAB": a short label, a colon, two items or more, and no date.</summary>
    /// <summary>A group's label and its items, after a colon or in a cell of their own ("Frameworks ‖ Django, React").</summary>
    private static bool IsGroupRow(TextLine line) =>
        IsLabelledList(line)
        || line.Segments.Count == 2 && line.Segments[0].Text.Trim().Count(c => c == ' ') <= 3 && DateParser.Find(line.Text) is null
            && KeywordSplitter.Split(line.Segments[1].Text).Count >= 2;

    /// <summary>A group row about spoken languages: its label is a tongue ("English: C2, fluent") or names them
    /// ("Idiomas", "Spoken"), or half its items or more are tongues.</summary>
    private static bool ListsTongues(TextLine line)
    {
        var colon = line.Text.IndexOf(':');
        var (label, items) = line.Segments.Count == 2 && (colon < 0 || colon > line.Segments[0].Text.Length)
            ? (line.Segments[0].Text, line.Segments[1].Text)
            : (line.Text[..Math.Max(colon, 0)], line.Text[(colon + 1)..]);
        var list = KeywordSplitter.Split(items);
        return HumanLanguages.IsName(label) || HeadingLexicon.Match(label.Trim().TrimEnd(':')) is { Kind: SectionKinds.Languages }
            || list.Count(HumanLanguages.Contains) * 2 >= list.Count;
    }

    private static bool IsLabelledList(TextLine line)
    {
        var text = line.Text;
        var colon = text.IndexOf(':');
        return colon is > 1 and <= 40 && text.AsSpan(0, colon).Trim().Count(' ') <= 3 && DateParser.Find(text) is null
            && KeywordSplitter.Split(text[(colon + 1)..]).Count >= 2;
    }

    /// <summary>Short items with no dates and no contact details. A network's name among many others ("GitHub" among
    /// "Jenkins", "ArgoCD", "Kubernetes") is a tool; names of networks alone are a block of profiles.</summary>
    private static bool IsShortItemList(List<TextLine> lines)
    {
        if (lines.Count == 0 || !lines.All(l => l.Segments.All(s => s.Text.Count(c => c == ' ') <= 3 && !s.Text.EndsWith('.')) && DateParser.Find(l.Text) is null))
        {
            return false;
        }
        var pieces = 0;
        var networks = 0;
        foreach (var segment in lines.SelectMany(l => l.Segments))
        {
            pieces++;
            if (!ContactParser.IsContactPiece(segment.Text))
            {
                continue;
            }
            if (segment.Text.Contains(':') || ContactParser.Email().IsMatch(segment.Text) || ContactParser.Url().IsMatch(segment.Text)
                || ContactParser.FindPhone(segment.Text) is not null)
            {
                return false;
            }
            networks++;
        }
        return networks * 3 < pieces;
    }

    private static bool LooksLikeContact(List<TextLine> lines)
    {
        var first = lines.Take(6).ToList();
        // An address cut by a narrow column ("name@mail.c" / "om") still shows its "@".
        var contact = first.Count(l => l.Segments.Any(s => ContactParser.IsContactPiece(s.Text) || s.Text.Contains('@') && !s.Text.Contains(' ')));
        // A handle behind a link, or a short place line, says "contact" too once an address or number was seen.
        if (contact >= 1)
        {
            contact += first.Count(l => !l.Segments.Any(s => ContactParser.IsContactPiece(s.Text) || s.Text.Contains('@'))
                && (l.Links.Count > 0 || l.Text.Count(c => c == ' ') <= 3 && Places.Score(l.Text) >= 1));
        }
        return contact >= 2 && contact * 3 >= first.Count;
    }

    /// <summary>
    /// A sidebar's contact block can run on into skill groups without a "Skills" heading (a label over a list of chips):
    /// those lines are skills, not contact details.
    /// </summary>
    private static (List<TextLine> Contact, List<TextLine> Skills) SplitContactBlock(List<TextLine> lines)
    {
        var lastContact = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            // A personal detail ("Date of Birth: …", "Gender | Female") belongs to the block as much as an address.
            if (lines[i].Segments.Any(s => ContactParser.IsContactPiece(s.Text)) || PersonalFields.IsLabelled(lines[i].Segments[0].Text, lines[i].Text))
            {
                lastContact = i;
            }
        }
        // Wrapped pieces of the last address or handle stay with the contact details.
        var cut = lastContact + 1;
        while (cut < lines.Count && cut <= lastContact + 2 && lines[cut].Text.Length > 0 && !lines[cut].Text.Contains(' ')
            && (char.IsLower(lines[cut].Text[0]) || lines[cut].Text.Any(char.IsDigit)))
        {
            cut++;
        }
        var rest = lines.Skip(cut).ToList();
        if (rest.Count >= 4 && rest.Any(l => l.Bold || rest.Any(o => o.FontSize > l.FontSize + 0.4 || o.Left > l.Left + 2)))
        {
            return (lines.Take(cut).ToList(), rest);
        }
        return (lines, []);
    }

    /// <summary>Lines joined back into paragraphs (a blank line or an indent change keeps paragraphs apart).</summary>
    private static string Paragraphs(List<TextLine> lines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                if (builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2]) && line.Text.Length > 0 && char.IsLower(line.Text[0]))
                {
                    if (builder.Length >= 3 && Hyphenation.IsBreak(builder.ToString(builder.Length - 3, 3), line.Text))
                    {
                        builder.Length--;
                    }
                    builder.Append(line.Text);
                    continue;
                }
                builder.Append(' ');
            }
            builder.Append(line.Text);
        }
        return builder.ToString().Trim();
    }
}
