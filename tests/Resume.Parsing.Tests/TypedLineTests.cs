using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Entry lines people type by hand in a word processor: dashes spaced on one side only, labelled dates.</summary>
public sealed class TypedLineTests
{
    [Fact]
    public void A_dash_spaced_on_one_side_separates_employer_title_and_place()
    {
        var resume = Read("""
            Marta Lindqvist
            marta.lindqvist@example.com

            EXPERIENCE
            Harbour Freight LLC -Delivery Driver —Tacoma, Washington —   Aug 2022 - Present
            • Delivered 200+ parcels a day with no damage claims
            Cedar Home Supplies —Sales Associate —June 2019 - Jul. 2022
            • Opened the store and balanced the till each morning
            """);

        Assert.Collection(resume.Work,
            w =>
            {
                Assert.Equal("Harbour Freight LLC", w.Name);
                Assert.Equal("Delivery Driver", w.Position);
                Assert.Equal("2022-08", w.StartDate);
            },
            w =>
            {
                Assert.Equal("Cedar Home Supplies", w.Name);
                Assert.Equal("Sales Associate", w.Position);
                Assert.Equal("2019-06", w.StartDate);
                Assert.Equal("2022-07", w.EndDate);
            });
    }

    [Fact]
    public void A_label_before_the_dates_is_not_read_as_text_of_the_entry()
    {
        var resume = Read("""
            Marta Lindqvist
            marta.lindqvist@example.com

            EXPERIENCE
            Harbour Dental Clinic — Dental Hygienist
            From: 2019 – Present
            • Cleaned and polished teeth for twelve patients a day

            Cedar Family Dentistry — Dental Assistant
            Prepared instruments and took radiographs for three dentists.
            From: 2015-2019
            """);

        Assert.DoesNotContain(resume.Work, w => w.Name == "From" || w.Position == "From");
        Assert.Contains(resume.Work, w => w.StartDate == "2015" && w.EndDate == "2019");
    }
}
