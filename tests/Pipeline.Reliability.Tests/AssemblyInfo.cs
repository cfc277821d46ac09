// Each class starts its own set of processes (and the fault suite its own broker, database and blob store): two cores
// do not run two of them well at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
