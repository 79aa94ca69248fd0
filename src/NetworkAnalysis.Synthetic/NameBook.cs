namespace NetworkAnalysis.Synthetic;

/// <summary>
/// Fictional names: common given names and family names of each language area combined at random, so
/// no name stands for a real person. Names repeat in large datasets, as they do in real case files.
/// </summary>
internal static class NameBook
{
    private static readonly string[][] _given =
    [
        ["Ahmad", "Omar", "Khaled", "Yousef", "Mahmoud", "Hassan", "Ali", "Rami", "Samir", "Fatima", "Layla", "Nour", "Rana", "Huda", "Karim", "Ziad"],
        ["Ahmad", "Mohammad", "Reza", "Javad", "Farid", "Habib", "Nasir", "Zahir", "Soraya", "Maryam", "Parisa", "Shirin", "Hamid", "Wahid", "Bahram", "Laleh"],
        ["Imran", "Bilal", "Asif", "Tariq", "Faisal", "Rashid", "Naveed", "Sajid", "Ayesha", "Nadia", "Rubina", "Kamran", "Rahim", "Shafiq", "Salma", "Junaid"],
        ["Mehmet", "Mustafa", "Emre", "Burak", "Serkan", "Murat", "Hakan", "Volkan", "Ayse", "Elif", "Zeynep", "Selin", "Kemal", "Okan", "Gul", "Cengiz"],
        ["Arben", "Ilir", "Dritan", "Gentian", "Besnik", "Marko", "Dragan", "Nikola", "Milan", "Jelena", "Ana", "Elira", "Goran", "Zoran", "Blerina", "Fatos"],
        ["Giorgos", "Dimitris", "Kostas", "Nikos", "Yannis", "Stavros", "Eleni", "Maria", "Katerina", "Sofia", "Panagiotis", "Vasilis", "Christos", "Despina", "Thanos", "Ioanna"],
        ["Salvatore", "Giuseppe", "Antonio", "Marco", "Luca", "Francesco", "Giulia", "Chiara", "Rosa", "Carmela", "Vincenzo", "Domenico", "Paolo", "Teresa", "Matteo", "Sara"],
        ["Javier", "Manuel", "Alejandro", "Sergio", "Carmen", "Lucia", "Pilar", "Rafael", "Andres", "Elena", "Diego", "Marta", "Pablo", "Raquel", "Jorge", "Nuria"],
        ["Julien", "Nicolas", "Mathieu", "Sebastien", "Claire", "Camille", "Sophie", "Olivier", "Thierry", "Nathalie", "Karim", "Yannick", "Aurelie", "Pascal", "Ines", "Luc"],
        ["Thomas", "Stefan", "Jan", "Markus", "Andreas", "Sabine", "Petra", "Katrin", "Dirk", "Jens", "Anja", "Bram", "Sanne", "Pieter", "Ute", "Lars"],
        ["James", "Daniel", "Michael", "Steven", "Paul", "Sarah", "Emma", "Rachel", "Gary", "Craig", "Joanne", "Lee", "Karen", "Dean", "Hannah", "Wayne"],
        ["Osas", "Efe", "Osaro", "Blessing", "Joy", "Precious", "Gift", "Favour", "Chukwuemeka", "Adaeze", "Ibrahim", "Moussa", "Aminata", "Mamadou", "Fatou", "Ousmane"],
        ["Yonas", "Dawit", "Tesfay", "Mehari", "Biniam", "Senait", "Helen", "Saba", "Abdi", "Mohamed", "Hodan", "Amina", "Filmon", "Yemane", "Luwam", "Osman"],
        ["Youssef", "Mohamed", "Abdelkader", "Hicham", "Rachid", "Nabil", "Fatima", "Khadija", "Salma", "Mustapha", "Anas", "Imane", "Tarek", "Walid", "Naima", "Said"],
        ["Minh", "Tuan", "Hung", "Duc", "Quang", "Thanh", "Linh", "Huong", "Lan", "Mai", "Trang", "Phuong", "Long", "Hieu", "Nam", "Thuy"],
        ["Wei", "Jun", "Hao", "Lei", "Ming", "Jie", "Li", "Fang", "Xiu", "Ying", "Qiang", "Bo", "Yan", "Hong", "Gang", "Mei"],
        ["Oleksandr", "Andriy", "Sergiu", "Ion", "Vasile", "Dmitri", "Ivan", "Pavel", "Tomasz", "Piotr", "Olena", "Natalia", "Irina", "Svetlana", "Elena", "Katarzyna"],
        ["Jose", "Juan", "Luis", "Carlos", "Miguel", "Jesus", "Maria", "Rosa", "Ana", "Guadalupe", "Fernando", "Ramon", "Alejandra", "Veronica", "Hector", "Yesenia"],
        ["Aung", "Kyaw", "Min", "Zaw", "Htet", "Thida", "Nilar", "Somchai", "Suda", "Malee", "Niran", "Ahmad", "Siti", "Nurul", "Hafiz", "Aye"],
    ];

    private static readonly string[][] _family =
    [
        ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Darwish", "Hamdan", "Jaber", "Awad", "Barakat", "Qasim", "Rahman", "Suleiman", "Taha", "Yassin", "Zaidan"],
        ["Ahmadi", "Rahimi", "Karimi", "Hosseini", "Mohammadi", "Noori", "Safi", "Hakimi", "Sultani", "Azizi", "Popal", "Wardak", "Jalali", "Rezaei", "Amiri", "Sadat"],
        ["Khan", "Chaudhry", "Butt", "Malik", "Akhtar", "Hussain", "Iqbal", "Mirza", "Raza", "Sheikh", "Uddin", "Islam", "Ahmed", "Miah", "Begum", "Rana"],
        ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan", "Kilic", "Aslan", "Cetin", "Korkmaz", "Polat", "Kurt"],
        ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Shehu", "Leka", "Petrovic", "Jovanovic", "Nikolic", "Markovic", "Djordjevic", "Stojanovski", "Kovac", "Babic", "Dervishi", "Marku"],
        ["Papadopoulos", "Georgiou", "Nikolaidis", "Dimitriou", "Konstantinou", "Vlachos", "Angelopoulos", "Makris", "Pappas", "Karalis", "Oikonomou", "Christodoulou", "Stavrou", "Tsakiris", "Lambrou", "Antoniou"],
        ["Russo", "Esposito", "Bianchi", "Romano", "Greco", "Bruno", "Gallo", "Conti", "Costa", "Ricci", "Lombardo", "Messina", "Caruso", "Ferrara", "Marino", "Rizzo"],
        ["Garcia", "Fernandez", "Lopez", "Martinez", "Sanchez", "Perez", "Gomez", "Ruiz", "Diaz", "Moreno", "Alonso", "Navarro", "Torres", "Dominguez", "Vazquez", "Ramos"],
        ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Leroy", "Roux", "Fournier", "Girard", "Peeters", "Janssens", "Maes", "Mercier"],
        ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "de Vries", "Bakker", "Visser", "Huber", "Gruber", "Bauer", "Jansen", "Koch"],
        ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall", "Clarke", "Harris", "Turner"],
        ["Okafor", "Osagie", "Igbinedion", "Eghosa", "Obaseki", "Adeyemi", "Okonkwo", "Nwosu", "Diallo", "Ndiaye", "Sow", "Traore", "Ba", "Diop", "Fall", "Camara"],
        ["Tesfaye", "Gebremariam", "Haile", "Tekle", "Berhane", "Kidane", "Ghebre", "Woldu", "Ali", "Hassan", "Abdullahi", "Omar", "Yusuf", "Mohamud", "Ahmed", "Ismail"],
        ["El Amrani", "Benali", "Bouzid", "Haddad", "Alaoui", "Tazi", "Bennani", "Ouali", "El Idrissi", "Zitouni", "Mansouri", "Belkacem", "Zwai", "Shibani", "Ben Salem", "Trabelsi"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Dinh", "Truong"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Lin"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Popescu", "Rusu", "Ciobanu", "Ivanov", "Petrov", "Smirnov", "Nowak", "Kowalski", "Wisniewski", "Horvath", "Nagy", "Dimitrov", "Georgiev"],
        ["Hernandez", "Lopez", "Gonzalez", "Perez", "Ramirez", "Cruz", "Morales", "Reyes", "Ortiz", "Castillo", "Mendoza", "Juarez", "Alvarado", "Chavez", "Pineda", "Vasquez"],
        ["Win", "Oo", "Aung", "Htun", "Myint", "Thein", "Saetang", "Srisuk", "Chaiyaporn", "Wongsa", "Rahman", "Abdullah", "Ismail", "Hamzah", "Yusof", "Tan"],
    ];

    private static readonly string[] _places =
    [
        "Anatolia", "Aegean", "Adriatic", "Danube", "Sahel", "Mekong", "Atlas", "Baltic", "Ionian", "Levant",
        "Carpathian", "Balkan", "Marmara", "Euphrates", "Rhine", "Silk Road", "Mistral", "Sirocco", "Olympus", "Bosphorus",
    ];

    private static readonly string[] _adjectives =
    [
        "Blue", "Golden", "Star", "Royal", "Green", "Silver", "Eagle", "Sun", "Crescent", "Lucky", "Euro", "Global", "Rapid", "Prime",
    ];

    private static readonly string[] _familyNicknames = ["brothers", "clan", "family", "network", "crew", "ring", "cell", "organisation"];

    private static readonly string[] _placeNicknames = ["network", "crew", "ring", "organisation", "syndicate", "cell", "connection", "route"];

    private static readonly string[] _codeWords =
    [
        "Falcon", "Harbour", "Lantern", "Compass", "Mosaic", "Trident", "Juniper", "Anchor", "Meridian", "Cobalt", "Saffron",
        "Granite", "Tamarisk", "Olive", "Basalt", "Kestrel", "Orchid", "Lighthouse", "Sextant", "Cypress", "Marlin", "Amber",
        "Sirius", "Boreas", "Zephyr", "Coral", "Hermes", "Atlas", "Odyssey", "Ithaca",
    ];

    /// <summary>A person's fictional full name from <paramref name="region"/>'s pools.</summary>
    public static string Person(Rng rng, NameRegion region)
    {
        var given = _given[(int)region];
        var family = _family[(int)region];
        return string.Concat(given[rng.Next(given.Length)], " ", family[rng.Next(family.Length)]);
    }

    /// <summary>A family name from <paramref name="region"/>'s pool.</summary>
    public static string Family(Rng rng, NameRegion region)
    {
        var family = _family[(int)region];
        return family[rng.Next(family.Length)];
    }

    /// <summary>A business name fitting <paramref name="sector"/>.</summary>
    public static string Business(Rng rng, BusinessSector sector, Country country)
    {
        // The place names are European and Mediterranean; elsewhere businesses are named after their city.
        var regional = country.Names is NameRegion.Hispanic or NameRegion.SoutheastAsian or NameRegion.Vietnamese or NameRegion.Chinese
            or NameRegion.WestAfrican or NameRegion.HornOfAfrica or NameRegion.SouthAsian;
        var place = !regional && rng.Chance(0.5) ? _places[rng.Next(_places.Length)] : country.City;
        var adjective = _adjectives[rng.Next(_adjectives.Length)];
        var family = Family(rng, country.Names);
        return sector switch
        {
            BusinessSector.Transport => rng.Chance(0.5) ? $"{place} Express Lines" : $"{family} Logistics",
            BusinessSector.Ferry => $"{adjective} {place} Ferries",
            BusinessSector.TravelAgency => rng.Chance(0.5) ? $"{adjective} Travel {country.City}" : $"{place} Tours",
            BusinessSector.MoneyTransfer => rng.Chance(0.5) ? $"{family} Exchange" : $"{adjective} Money Transfer",
            BusinessSector.Restaurant => $"Restaurant {place}",
            BusinessSector.Agriculture => $"{family} Farms",
            BusinessSector.Construction => $"{family} Construction",
            BusinessSector.NailSalon => $"{adjective} Nails",
            BusinessSector.Massage => $"{adjective} Wellness Spa",
            BusinessSector.CarWash => $"{adjective} Car Wash",
            BusinessSector.Hotel => $"Hotel {place}",
            BusinessSector.Recruitment => $"{adjective} Jobs Agency",
            BusinessSector.RealEstate => $"{family} Properties",
            _ => $"{family} Trading",
        };
    }

    /// <summary>A name for a criminal group as a case file would give it (nickname or operation name).</summary>
    public static string Group(Rng rng, NameRegion region)
    {
        return rng.Next(3) switch
        {
            0 => $"{Family(rng, region)} {_familyNicknames[rng.Next(_familyNicknames.Length)]}",
            1 => $"Operation {_codeWords[rng.Next(_codeWords.Length)]}",
            _ => $"{_places[rng.Next(_places.Length)]} {_placeNicknames[rng.Next(_placeNicknames.Length)]}",
        };
    }
}
