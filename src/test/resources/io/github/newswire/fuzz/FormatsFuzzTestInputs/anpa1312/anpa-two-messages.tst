b0001-----
f a BC-Typhoon-Alert             09-15
^BC-Typhoon-Alert,0030<
^Typhoon Yagi makes landfall near Hai Phong<
	   HAI PHONG, Vietnam (AP) _ Typhoon Yagi made landfall near Hai Phong on Saturday, the weather agency said.
	   AP-WF-09-07-24 0615GMT<
b0002-----
u a BC-Typhoon-Alert 1stLd      09-15 0041
^BC-Typhoon-Alert, 1st Ld,0041<
^Typhoon Yagi cuts power across Hai Phong<
	   HAI PHONG, Vietnam (AP) _ Typhoon Yagi cut power across the port city on Saturday.
	   More than 50,000 people were moved to shelters.
