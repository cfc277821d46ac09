using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An academic's appointments run on one line each, "Institution (years).Title." (invented people): the stop
/// that closes the years is no part of the title after it.</summary>
public sealed class AppointmentLineTests
{
    [Fact]
    public void A_title_after_the_years_stop_keeps_no_stop()
    {
        var resume = Read(string.Join('\n',
            "Ilse Varga-Lindqvist",
            "ilse.varga@example.org",
            "",
            "Employment",
            "Fennmoor Institute of Algebra, Uppsala (2021 - present).Lecturer.",
            "Halvorsen College, Tromsø (2018-2021).Postdoctoral Fellow."));

        Assert.Equal(["Lecturer", "Postdoctoral Fellow"], resume.Work.Select(w => w.Position!));
    }
}
