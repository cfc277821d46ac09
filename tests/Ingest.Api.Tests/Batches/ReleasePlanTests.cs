using Ingest.Api.Batches.Release;

namespace Ingest.Api.Tests.Batches;

/// <summary>How the free places in the pipeline are dealt to the batches waiting for them.</summary>
public sealed class ReleasePlanTests
{
    private static readonly Guid TenantA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000000");
    private static readonly Guid TenantB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000000");
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_tenant_alone_gets_its_own_window_and_no_more()
    {
        var large = new OpenBatch(Guid.NewGuid(), TenantA, Morning, Total: 3000, Released: 0, Ended: 0);

        var plan = ReleasePlan.Allocate([large], perTenant: 12, overall: 24, turn: 0);

        Assert.Equal(12, plan[large.Id]);
    }

    [Fact]
    public void A_second_tenant_gets_places_beside_a_large_batch_in_flight()
    {
        var large = new OpenBatch(Guid.NewGuid(), TenantA, Morning, Total: 3000, Released: 500, Ended: 488);
        var small = new OpenBatch(Guid.NewGuid(), TenantB, Morning.AddHours(1), Total: 40, Released: 0, Ended: 0);

        var plan = ReleasePlan.Allocate([large, small], perTenant: 12, overall: 24, turn: 0);

        Assert.False(plan.ContainsKey(large.Id));
        Assert.Equal(12, plan[small.Id]);
    }

    [Fact]
    public void Places_are_dealt_in_turn_when_the_overall_window_is_the_limit()
    {
        var a = new OpenBatch(Guid.NewGuid(), TenantA, Morning, Total: 100, Released: 0, Ended: 0);
        var b = new OpenBatch(Guid.NewGuid(), TenantB, Morning, Total: 100, Released: 0, Ended: 0);

        var even = ReleasePlan.Allocate([a, b], perTenant: 12, overall: 10, turn: 0);
        var odd = ReleasePlan.Allocate([a, b], perTenant: 12, overall: 5, turn: 0);
        var oddNextTurn = ReleasePlan.Allocate([a, b], perTenant: 12, overall: 5, turn: 1);

        Assert.Equal((5, 5), (even[a.Id], even[b.Id]));
        Assert.Equal(5, odd.Values.Sum());
        Assert.Equal(1, Math.Abs(odd[a.Id] - odd[b.Id]));
        Assert.NotEqual(odd[a.Id], oddNextTurn[a.Id]);
    }

    [Fact]
    public void A_tenants_batches_go_oldest_first_and_a_finished_release_moves_on_to_the_next()
    {
        var older = new OpenBatch(Guid.NewGuid(), TenantA, Morning, Total: 3, Released: 1, Ended: 0);
        var newer = new OpenBatch(Guid.NewGuid(), TenantA, Morning.AddMinutes(5), Total: 10, Released: 0, Ended: 0);

        var plan = ReleasePlan.Allocate([newer, older], perTenant: 6, overall: 24, turn: 0);

        Assert.Equal(2, plan[older.Id]);
        Assert.Equal(3, plan[newer.Id]);
    }

    [Fact]
    public void Nothing_is_released_while_the_windows_are_full()
    {
        var a = new OpenBatch(Guid.NewGuid(), TenantA, Morning, Total: 100, Released: 30, Ended: 18);
        var b = new OpenBatch(Guid.NewGuid(), TenantB, Morning, Total: 100, Released: 12, Ended: 0);

        Assert.Empty(ReleasePlan.Allocate([a, b], perTenant: 12, overall: 24, turn: 0));
    }
}
