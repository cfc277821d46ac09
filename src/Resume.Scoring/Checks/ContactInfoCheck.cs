using Resume.Model;

namespace Resume.Scoring.Checks;

/// <summary>Name, email, phone, location and a professional profile (LinkedIn, GitHub) where a recruiter finds them.</summary>
internal sealed class ContactInfoCheck : ResumeCheck
{
    private static readonly string[] ProfileNetworks = ["linkedin", "github", "gitlab", "bitbucket", "stackoverflow", "stack overflow"];

    public override string Id => CheckIds.ContactInfo;
    public override string Title => "Complete contact information";
    public override int Weight => 8;
    public override string Category => ScoreCategories.Ats;

    public override CheckOutcome Run(CheckContext context)
    {
        var basics = context.Resume.Basics;
        var found = new List<string>();
        var evidence = new List<string>();
        var missing = new List<(string Part, string Fix, double Weight)>();

        // A document title read as the name ("CURRICULUM VITAE") means the name is not where an ATS looks for it.
        var titled = basics.Name is { } first && DocumentTitles.Contains(first.Trim().TrimEnd(':'));
        Part(basics.Name, IsName, titled ? $"name (the first line reads '{basics.Name!.Trim()}')" : "name", "Put your full name on the first line.", 2);
        Part(basics.Email, IsEmail, "email", "Add a professional email address, e.g. 'firstname.lastname@mail.com'.", 3);
        Part(basics.Phone, IsPhone, "phone", "Add a phone number with the country code, e.g. '+44 20 7946 0123'.", 2);
        Part(LocationOf(basics.Location), s => s.Length > 1, "location", "Add your city and region or country, e.g. 'Leeds, UK' (no street address needed).", 1);
        var profile = basics.Profiles.Select(p => p.Url ?? $"{p.Network}: {p.Username}")
            .Concat([basics.Url])
            .FirstOrDefault(u => u is not null && ProfileNetworks.Any(n => u.Contains(n, StringComparison.OrdinalIgnoreCase)))
            ?? basics.Profiles.FirstOrDefault(p => p.Network is not null && ProfileNetworks.Contains(p.Network.ToLowerInvariant()))?.Username;
        // Code hosts are where software is shown; in other fields a recruiter looks for LinkedIn.
        var software = context.Rules.SkillCategories.Contains("Languages");
        Part(profile ?? basics.Url, s => s.Length > 3,
            software ? "LinkedIn/GitHub link" : "LinkedIn link",
            software ? "Add your LinkedIn or GitHub address, e.g. 'linkedin.com/in/your-name' or 'github.com/your-name'." : "Add your LinkedIn address, e.g. 'linkedin.com/in/your-name'.",
            2);

        var score = found.Count == 0 ? 0 : 1 - missing.Sum(m => m.Weight) / 10;
        if (missing.Count == 0)
        {
            return CheckOutcome.Pass(1, "Name, email, phone, location and a profile link are all there.", evidence);
        }
        var noWayToReach = missing.Any(m => m.Part == "email") && missing.Any(m => m.Part == "phone");
        var status = noWayToReach || score < 0.5 ? CheckStatus.Fail : CheckStatus.Warn;
        var detail = found.Count == 0
            ? "No contact details were found: a recruiter could not reach you."
            : $"Found {found.Count} of 5 contact details ({Wording.Join(found)}); missing {Wording.Join(missing.Select(m => m.Part).ToList())}.";
        if (evidence.Count == 0)
        {
            evidence.Add(context.SectionsLine());
        }
        return new CheckOutcome(score, status, detail, evidence, string.Join(" ", missing.Select(m => m.Fix)));

        void Part(string? value, Func<string, bool> valid, string part, string fix, double weight)
        {
            if (value is not null && valid(value.Trim()))
            {
                found.Add(part);
                evidence.Add(value.Trim());
            }
            else
            {
                missing.Add((part, fix, weight));
            }
        }
    }

    /// <summary>A line with letters that is not the document's title ("Curriculum Vitae" on the first line is not a name).</summary>
    private static bool IsName(string name) => name.Any(char.IsLetter) && !DocumentTitles.Contains(name.Trim().TrimEnd(':'));

    private static readonly HashSet<string> DocumentTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "curriculum vitae", "curriculum vitæ", "cv", "resume", "résumé", "resumé",
    };

    private static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && email.IndexOf('.', at) > at + 1 && !email.Contains(' ');
    }

    private static bool IsPhone(string phone) => phone.Count(char.IsDigit) >= 7;

    private static string? LocationOf(Location? location) =>
        location is null
            ? null
            : string.Join(", ", new[] { location.City, location.Region, location.CountryCode, location.City is null ? location.Address : null }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
