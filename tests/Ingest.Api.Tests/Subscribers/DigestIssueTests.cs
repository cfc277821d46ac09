using Ingest.Api.Subscribers.Digest;
using Resume.Scoring;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>Each week's issue comes from the role guide's data, differs from the week before, and is the same when made again.</summary>
public sealed class DigestIssueTests
{
    public static TheoryData<string> Roles => new(RoleGuideCatalog.BuiltIn.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public void Consecutive_weeks_get_different_tips_the_same_week_the_same_and_every_tip_comes_round(string role)
    {
        var guide = RoleGuideCatalog.BuiltIn.Get(role);
        Assert.True(IssueWeek.TryParse("2026-W01", out var week));
        var seen = new HashSet<string>();
        var previous = DigestIssue.For(role, week, 3);
        // Two years of Mondays, across the 53-week 2026 and into 2028.
        for (var i = 0; i < 104; i++)
        {
            var next = week.Next();
            var issue = DigestIssue.For(role, next, 3);
            Assert.Equal(3, issue.Tips.Distinct().Count());
            Assert.All(issue.Tips, tip => Assert.Contains(tip, guide.NewsletterTips));
            Assert.Contains(issue.Mistake, guide.Mistakes);
            Assert.All(issue.Verbs, verb => Assert.Contains(verb, guide.ActionVerbs));
            Assert.NotEqual(previous.Tips.Order(), issue.Tips.Order());
            Assert.Equal(issue.Tips, DigestIssue.For(role, next, 3).Tips);
            seen.UnionWith(issue.Tips);
            previous = issue;
            week = next;
        }
        Assert.Equal(guide.NewsletterTips.Count, seen.Count);
    }

    [Theory]
    [InlineData("2026-W48", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2027-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-w48", false)]
    [InlineData("2026W48", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Weeks_are_read_as_iso_weeks_the_year_really_has(string? text, bool valid)
    {
        Assert.Equal(valid, IssueWeek.TryParse(text, out var week));
        if (valid)
        {
            Assert.Equal(text, week.ToString());
            Assert.Equal(DayOfWeek.Monday, week.Monday.DayOfWeek);
            Assert.Equal(week, IssueWeek.Of(new DateTimeOffset(week.Monday.AddDays(6).AddHours(23), TimeSpan.Zero)));
        }
    }

    [Fact]
    public void The_week_turns_over_at_midnight_utc_between_sunday_and_monday()
    {
        Assert.Equal("2026-W53", IssueWeek.Of(new DateTimeOffset(2027, 1, 3, 23, 59, 59, TimeSpan.Zero)).ToString());
        Assert.Equal("2027-W01", IssueWeek.Of(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero)).ToString());
        // 01:00 on Monday in UTC+2 is still Sunday in UTC.
        Assert.Equal("2026-W53", IssueWeek.Of(new DateTimeOffset(2027, 1, 4, 1, 0, 0, TimeSpan.FromHours(2))).ToString());
    }
}
