// Each end-to-end class starts its own Playground, bot and Azurite; one at a time keeps a 2-core machine calm and ports free.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
