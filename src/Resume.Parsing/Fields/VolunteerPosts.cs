using System.Text.RegularExpressions;
using Resume.Model;

namespace Resume.Parsing.Fields;

/// <summary>
/// A post listed among the jobs whose title says it was unpaid ("Volunteer Tutor", "Hospital Volunteer",
/// "Vrijwilliger", "Bénévole") is volunteer work: JSON Resume keeps such posts apart from jobs, and so does a person
/// labelling the page. A post that runs volunteers ("Volunteer Coordinator") is a job like any other.
/// </summary>
internal static partial class VolunteerPosts
{
    /// <summary>Moves the unpaid posts out of <paramref name="jobs"/> into <paramref name="volunteer"/>.</summary>
    public static List<Work> TakeFrom(List<Work> jobs, List<Volunteer> volunteer)
    {
        if (!jobs.Any(j => j.Position is { } p && Says(p)))
        {
            return jobs;
        }
        volunteer.AddRange(jobs.Where(j => j.Position is { } p && Says(p)).Select(j => Served(j.Position!) is var (post, at) && at is not null
            ? WorkParser.AsVolunteer(j) with { Organization = at, Position = post }
            : WorkParser.AsVolunteer(j)));
        return jobs.Where(j => j.Position is not { } p || !Says(p)).ToList();
    }

    /// <summary>"Volunteer for a city water project", "Vrijwilliger aan Ruimte Vaart Leuven. België": the title names
    /// where the service was done, and that is the organisation, whatever the line around it was read as.</summary>
    private static (string Post, string? At) Served(string position)
    {
        var match = ServedAt().Match(position);
        if (!match.Success)
        {
            return (position, null);
        }
        var at = match.Groups["at"].Value.Trim().TrimEnd('.', ',', ';');
        // A country or region after a full stop or comma is where the organisation is, no part of its name.
        var cut = at.LastIndexOfAny(['.', ',']);
        if (cut > 0 && Places.IsRegionOrCountry(at[(cut + 1)..].Trim()))
        {
            at = at[..cut].TrimEnd();
        }
        return (match.Groups["post"].Value, at);
    }

    /// <summary>A title that begins or ends with a word for unpaid service, and whose head does not manage others.</summary>
    public static bool Says(string position)
    {
        if (ServedAt().Match(position) is { Success: true } served && Words().IsMatch(served.Groups["post"].Value))
        {
            return true;
        }
        var words = position.Split([' ', '/', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5)
        {
            return false;
        }
        return Words().IsMatch(words[^1]) || Words().IsMatch(words[0]) && !Manages().IsMatch(words[^1]);
    }

    /// <summary>Words for unpaid service: "Freiwilliges Soziales Jahr", "Bundesfreiwilligendienst", "Ehrenamt", "FSJ",
    /// "Volunteer", "Voluntariado", "Bénévolat", "Volontariato", "Vrijwilligerswerk", "Wolontariat", "Frivilligt arbejde".</summary>
    [GeneratedRegex(@"(?i)\b(?:freiwillig\w*|\w*freiwilligendienst|ehrenamt\w*|fsj|föj|bfd|volunteer(?:s|ing)?|voluntary|voluntari[ao]s?|volunt[áa]rio|voluntariado|voluntariat|volontari\w*|b[ée]n[ée]vol\w*|vrijwillig\w*|wolontari\w*|frivillig\w*)\b")]
    public static partial Regex Words();

    /// <summary>A word for the service, a preposition of place or purpose, perhaps an article, then the organisation.</summary>
    [GeneratedRegex(@"(?i)^(?<post>\S+)\s+(?:at|for|with|aan|bij|voor|bei|für|im|chez|pour|auprès\s+de|en|con|para|presso|per|hos|för|w|dla)\s+(?:(?:a|an|the|de|het|der|die|das|dem|den|la|le|l'|el|une?|un)\s+)?(?<at>\p{Lu}.{2,})$")]
    private static partial Regex ServedAt();

    /// <summary>Heads of posts that run the volunteers rather than serve as one.</summary>
    [GeneratedRegex(@"(?i)^(?:coordinat\w*|coordinador\w*|koordinator\w*|manager\w*|director\w*|administrator\w*|supervisor\w*|recruit\w*|program\w*|engagement)$")]
    private static partial Regex Manages();
}
