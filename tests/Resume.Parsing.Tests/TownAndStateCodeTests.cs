using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An employer's line that closes on its town and state's code with no comma between them ("Jet Harbor
/// Laboratory, Pasadena CA"): the town and code are the place, not part of the employer's name.</summary>
public sealed class TownAndStateCodeTests
{
    [Fact]
    public void A_town_and_its_state_code_after_the_employer_are_the_place()
    {
        var resume = Read("""
            Lucia Ferreira-Banks
            lucia.banks@example.edu | 909-555-0164

            EXPERIENCE

            Orbit Dynamics Laboratory, Pasadena CA
            Mission Design Intern, June 2022 – Present
            • Computed transfer trajectories for an inner planet mission
            Harbor Avionics, Lake Forest CA
            Certification Engineering Intern, June 2019 – August 2019
            • Wrote the test plans for the cabin systems

            EDUCATION

            Cal Poly Pomona
            Bachelor of Science, Aerospace Engineering
            """);

        Assert.Equal([("Orbit Dynamics Laboratory", "Pasadena CA"), ("Harbor Avionics", "Lake Forest CA")], resume.Work.Select(w => (w.Name, w.Location)));
    }
}
