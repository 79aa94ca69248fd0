namespace NetworkAnalysis.Synthetic;

/// <summary>How a leg of a route is crossed; sets the size of a transport batch and the carriers used.</summary>
internal enum LegMode
{
    /// <summary>Cars, vans, lorries, on foot: small batches.</summary>
    Land,

    /// <summary>Dinghies, fishing boats, ferries: large batches.</summary>
    Sea,

    /// <summary>Flights on real or fraudulently obtained visas: one to a few people.</summary>
    Air,
}
