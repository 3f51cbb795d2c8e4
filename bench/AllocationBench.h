#pragma once

namespace convivium::bench {

class Measures;

// Times RoomAllocator::allocate on a deterministic sprint: 500 participants
// over 5 nights, 150 roommate wishes (about half of them in mutual pairs),
// a few refusals and locked assignments, rooms of 2 and 3 beds, solo rooms
// and dormitories sized for the crowd. Prints, best of 3 runs:
//   room_allocation_500 <ms> ms
//   room_allocation_unmet_wishes <n> wishes
void runAllocationBench(Measures &measures);

} // namespace convivium::bench
