print("linkchart")
