using Resume.Fixtures;
using Resume.Parsing.Text;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Direction overrides, controls and terminal escapes are no part of the text; joiners inside emoji are.</summary>
public sealed class ControlCharacterTests
{
    [Fact]
    public void A_name_wrapped_in_overrides_controls_and_a_terminal_colour_is_read_as_the_name()
    {
        var resume = Read(TextResume.Plain(People.Backend with { Name = "\u202Eمحمد عبد الله\u202C\u0007\u001b[31m Cohen כהן" }));
        Assert.Equal("محمد عبد الله Cohen כהן", resume.Basics.Name);
        Assert.Equal(People.Backend.Label, resume.Basics.Label);
    }

    [Fact]
    public void Isolates_and_direction_marks_before_a_heading_and_a_bullet_leave_both_recognised()
    {
        var plain = Read(TextResume.Plain(People.Backend));
        var marked = Read(TextResume.Plain(People.Backend)
            .Replace("\nEXPERIENCE\n", "\n\u2067\u200FEXPERIENCE\u2069\n", StringComparison.Ordinal)
            .Replace("  ▪ ", "\u200E  ▪ \u001b[0m", StringComparison.Ordinal));
        Assert.Equal(plain.Work.Count, marked.Work.Count);
        Assert.Equal(plain.Work.Select(w => w.Highlights), marked.Work.Select(w => w.Highlights));
    }

    [Theory]
    [InlineData("\u202Ejane doe\u202C", "jane doe")]
    [InlineData("\u2066Jane\u2069 \u200EDoe\u200F", "Jane Doe")]
    [InlineData("\u001b[1;31mJane Doe\u001b[0m", "Jane Doe")]
    [InlineData("\u009B31mJane\u0085Doe\u0090", "Jane Doe")]
    [InlineData("\u001b]8;;https://evil.example\u0007Jane Doe\u001b]8;;\u001b\\", "Jane Doe")]
    [InlineData("Jane\u0007 Doe\u007F", "Jane Doe")]
    public void Controls_overrides_and_escape_sequences_are_dropped(string text, string cleaned) =>
        Assert.Equal(cleaned, TextCleaner.Clean(text));

    [Theory]
    [InlineData("Zoë 👩🏽\u200D💻")]
    [InlineData("❤\uFE0F\u200D🔥 Nguyễn")]
    public void A_joiner_inside_an_emoji_is_kept(string text) => Assert.Equal(text, TextCleaner.Clean(text));

    [Fact]
    public void A_joiner_between_letters_is_still_dropped() => Assert.Equal("Åberg", TextCleaner.Clean("Å\u200Dberg"));
}
