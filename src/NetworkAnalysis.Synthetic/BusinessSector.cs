namespace NetworkAnalysis.Synthetic;

/// <summary>
/// What a business does: the legitimate transport firms and travel agencies used by smugglers, the money
/// transfer (hawala) shops used for fees and laundering, and the employers that exploit (DOMAIN.md §1).
/// Written to the data as the <c>sector</c> attribute.
/// </summary>
internal enum BusinessSector
{
    Transport,
    Ferry,
    TravelAgency,
    MoneyTransfer,
    Restaurant,
    Agriculture,
    Construction,
    NailSalon,
    Massage,
    CarWash,
    Hotel,
    Recruitment,
    RealEstate,
}
