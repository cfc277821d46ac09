// Each class starts its own set of processes; two cores do not run two stacks well at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
