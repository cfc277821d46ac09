using System.Collections.Frozen;
using Resume.Model;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;

namespace Resume.Parsing.Fields;

/// <summary>
/// Groups in a list of skills whose label names another section: "Languages" over English and Dutch is the languages
/// section, "Hobbies", "Pass time" or "Things I am interested in" the interests, and a personal detail ("Gender",
/// "Date of Birth") is no skill at all. A number of six digits or more with no letter (a phone number, an ID) is no skill either,
/// nor is a web or mail address, nor a level of skill alone ("Master").
/// </summary>
internal static class SkillGroupRoutes
{
    public static List<Skill> Route(IEnumerable<Skill> groups, List<Language> languages, List<Interest> interests)
    {
        var rest = new List<Skill>();
        foreach (var group in groups)
        {
            var keywords = group.Keywords.Where(k => (k.Any(char.IsLetter) || k.Count(char.IsDigit) < 6) && !IsAddress(k) && !Levels.Contains(k)).ToList();
            // "German | (native) | French | (B1)": a table's cells part each tongue from its level in brackets; a level
            // alone in brackets belongs to the item before it.
            if (keywords.Count >= 2 && keywords.Any(IsBracketed) && !IsBracketed(keywords[0]))
            {
                var joined = new List<string>();
                foreach (var keyword in keywords)
                {
                    if (IsBracketed(keyword) && joined.Count > 0)
                    {
                        joined[^1] = joined[^1] + " " + keyword;
                    }
                    else
                    {
                        joined.Add(keyword);
                    }
                }
                if (joined.All(HumanLanguages.Contains))
                {
                    keywords = joined;
                }
            }
            if (keywords.Count == 0)
            {
                continue;
            }
            if (group.Name is { } name)
            {
                if (PersonalFields.IsLabel(name))
                {
                    continue;
                }
                if (IsInterests(name))
                {
                    interests.AddRange(keywords.Select(k => new Interest { Name = k }));
                    continue;
                }
                // A language's name labelling its level among the skills ("Anglais : C1 (TOEIC 955), fluide") is a
                // language the person speaks, rated as the languages section would rate it.
                if (HumanLanguages.IsName(name) && keywords.Any(SimpleSections.IsLevel))
                {
                    var fluency = string.Join(", ", keywords);
                    var known = languages.FindIndex(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
                    if (known < 0)
                    {
                        languages.Add(new Language { Name = name, Fluency = fluency });
                    }
                    else if (languages[known].Fluency is null)
                    {
                        languages[known] = languages[known] with { Fluency = fluency };
                    }
                    continue;
                }
                // A label the lexicon does not know ("LANGUEGE", a sidebar's misspelt heading) over nothing but names of
                // human languages lists what the person speaks all the same.
                // Under a label that says languages, two tongues in three named are enough: the list's other items are
                // tongues a shorter list of names does not know ("Kiswahili").
                if (HeadingLexicon.Match(name) is { Kind: SectionKinds.Languages } && keywords.Count(HumanLanguages.Contains) * 3 >= keywords.Count * 2
                    || HeadingLexicon.Match(name) is null && keywords.Count >= 2 && keywords.All(HumanLanguages.Contains))
                {
                    // Two groups may list the same tongues ("Spoken: Hungarian" and "Languages: Hungarian (Native)"):
                    // each is one language, with the level where one is given.
                    foreach (var spoken in SimpleSections.Languages([new TextLine([new LineSegment(string.Join(", ", keywords))])]))
                    {
                        var known = languages.FindIndex(l => string.Equals(l.Name, spoken.Name, StringComparison.OrdinalIgnoreCase));
                        if (known < 0)
                        {
                            languages.Add(spoken);
                        }
                        else if (languages[known].Fluency is null && spoken.Fluency is not null)
                        {
                            languages[known] = spoken;
                        }
                    }
                    continue;
                }
            }
            // "HTML5/CSS3, …, SQL, Anglais, Espagnol": a list that ends on two tongues or more, each named alone, ends on
            // what the person speaks, under a heading drawn as a picture or left out.
            var tongues = TrailingTongues(keywords);
            if (tongues > 0)
            {
                foreach (var tongue in keywords[^tongues..].Where(t => !languages.Any(l => string.Equals(l.Name, t, StringComparison.OrdinalIgnoreCase))))
                {
                    languages.Add(new Language { Name = tongue });
                }
                keywords = keywords[..^tongues];
            }
            rest.Add(group with { Keywords = keywords });
        }
        return rest;
    }

    /// <summary>How many items at the end of a list, two or more after at least one skill, are names of tongues alone.</summary>
    private static int TrailingTongues(List<string> keywords)
    {
        var count = 0;
        while (count < keywords.Count && HumanLanguages.IsName(keywords[keywords.Count - 1 - count]))
        {
            count++;
        }
        return count >= 2 && count < keywords.Count ? count : 0;
    }

    /// <summary>How well a skill is known, printed beside or above it ("Master", "Advanced: …" set apart): no skill by itself.</summary>
    private static readonly FrozenSet<string> Levels = new[]
    {
        "beginner", "novice", "elementary", "intermediate", "advanced", "expert", "master", "proficient", "competent",
        "fluent", "native", "familiar", "upper intermediate", "pre-intermediate", "working knowledge",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsBracketed(string keyword) => keyword.Length > 2 && keyword[0] == '(' && keyword[^1] == ')';

    /// <summary>A web or mail address (a project's repository printed beside it) names no skill.</summary>
    private static bool IsAddress(string keyword) =>
        keyword.Contains("://", StringComparison.Ordinal) || keyword.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || keyword.IndexOf('@') is > 0 and var at && keyword.IndexOf('.', at) > at && !keyword.Contains(' ');

    /// <summary>"Interests", "Hobbies", "Areas of interest", "Topics I am interested in".</summary>
    private static bool IsInterests(string label) =>
        HeadingLexicon.Match(label) is { Kind: SectionKinds.Interests }
        || label.TrimEnd(':', ' ').EndsWith("interested in", StringComparison.OrdinalIgnoreCase);
}
