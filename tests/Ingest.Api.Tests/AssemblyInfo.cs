// Each test class runs its own all-in-one host; Hangfire keeps some process-wide state, and the machine has two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
