namespace Resume.Parsing.Fields;

/// <summary>The profile networks resumes link to, by the names and hosts they appear under.</summary>
internal static class Networks
{
    private static readonly (string Name, string Host, string Prefix, string[] Aliases)[] Known =
    [
        ("LinkedIn", "linkedin.com", "https://www.linkedin.com/in/", ["linkedin", "linked in"]),
        ("GitHub", "github.com", "https://github.com/", ["github", "git hub"]),
        ("GitLab", "gitlab.com", "https://gitlab.com/", ["gitlab"]),
        ("Twitter", "twitter.com", "https://twitter.com/", ["twitter", "x", "x (twitter)", "twitter/x"]),
        ("Twitter", "x.com", "https://twitter.com/", []),
        ("Stack Overflow", "stackoverflow.com", "https://stackoverflow.com/users/", ["stack overflow", "stackoverflow"]),
        ("Kaggle", "kaggle.com", "https://www.kaggle.com/", ["kaggle"]),
        ("Medium", "medium.com", "https://medium.com/@", ["medium"]),
        ("Dribbble", "dribbble.com", "https://dribbble.com/", ["dribbble"]),
        ("Behance", "behance.net", "https://www.behance.net/", ["behance"]),
        ("Bitbucket", "bitbucket.org", "https://bitbucket.org/", ["bitbucket"]),
        ("Mastodon", "mastodon.social", "https://mastodon.social/@", ["mastodon"]),
        ("YouTube", "youtube.com", "https://www.youtube.com/@", ["youtube"]),
        ("Instagram", "instagram.com", "https://www.instagram.com/", ["instagram"]),
        ("Facebook", "facebook.com", "https://www.facebook.com/", ["facebook"]),
        ("Codeberg", "codeberg.org", "https://codeberg.org/", ["codeberg"]),
    ];

    /// <summary>
    /// The network an icon stands for, where the icon font's encoding is fixed: the LaTeX fontawesome5 package's Type 1
    /// brands font (used by moderncv) draws GitHub as "§" and LinkedIn as "ð". Subset fonts with arbitrary codes tell
    /// nothing and are ignored.
    /// </summary>
    public static string? ByIcon(string? icon)
    {
        if (icon is null || !icon.Contains("FontAwesome5Brands", StringComparison.Ordinal) || icon.Contains("Identity", StringComparison.Ordinal))
        {
            return null;
        }
        return icon[(icon.LastIndexOf('|') + 1)..] switch
        {
            "§" => "GitHub",
            "ð" => "LinkedIn",
            _ => null,
        };
    }

    /// <summary>The network a host belongs to ("www.linkedin.com" is LinkedIn).</summary>
    public static string? ByHost(string host)
    {
        host = host.ToLowerInvariant();
        foreach (var n in Known)
        {
            if (host == n.Host || host.EndsWith("." + n.Host, StringComparison.Ordinal))
            {
                return n.Name;
            }
        }
        return null;
    }

    /// <summary>The network a label names ("GitHub", "LinkedIn:", "X").</summary>
    public static string? ByLabel(string label)
    {
        var l = label.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        foreach (var n in Known)
        {
            if (n.Aliases.Contains(l))
            {
                return n.Name;
            }
        }
        return null;
    }

    /// <summary>The profile address for a user name on a network; null when the network has no predictable address.</summary>
    public static string? UrlFor(string network, string username)
    {
        if (network == "Stack Overflow")
        {
            return null;
        }
        foreach (var n in Known)
        {
            if (n.Name == network)
            {
                return n.Prefix + username.TrimStart('@');
            }
        }
        return null;
    }
}
